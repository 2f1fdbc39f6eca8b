(: Every document whose notes (authorialNote) cite a symbol: one line per language
   version, "symbol<TAB>Expression IRI<TAB>notes citing it". A note cites the symbol when
   one of its links points to it (…/A/80/50, or an AKN IRI …/A-80-50) or its text prints
   it as a whole. :)
declare namespace akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
declare variable $db external := "akn";
declare variable $symbol external := "A/80/50";

let $compact := replace($symbol, "\s+", "")
(: The symbol as an AKN IRI number: "/" -> "-", spaces -> "_" (A/80/50 -> A-80-50). :)
let $number := replace(replace(normalize-space($symbol), " ", "_"), "/", "-")
let $pattern := "(^|[\s(“""«])" || replace($symbol, "([.\\?*+{}()\[\]^$|])", "\\$1")
                || "([\s.,;:)”""»]|$)"
for $doc in db:open($db)/akn:akomaNtoso
let $notes := $doc//akn:authorialNote[
    .//akn:ref[ends-with(replace(@href, "%20|\s+", ""), "/" || $compact)
               or ends-with(@href, "/" || $number)]
    or matches(normalize-space(.), $pattern)]
where exists($notes)
let $id := $doc/*/akn:meta/akn:identification
let $expression := string($id/akn:FRBRExpression/akn:FRBRuri/@value)
order by $expression
return string($id/akn:FRBRWork/akn:FRBRalias[@name = "symbol"]/@value) || "&#9;"
       || $expression || "&#9;" || count($notes)
