"""Convert United Nations documents into Akoma Ntoso 3.0 XML."""
