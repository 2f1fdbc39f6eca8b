"""XML namespaces the converter writes."""
AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"     # Akoma Ntoso 3.0
SOURCE_NS = "urn:x-un-akn:source"       # our proprietary metadata (source file, warnings)
