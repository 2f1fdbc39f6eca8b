(: The text of paragraph N of a symbol (a resolution's operative paragraph N, a report's
   paragraph N) in every language stored: one line per language, "language<TAB>text",
   its number and its notes left out. :)
declare namespace akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
declare variable $db external := "akn";
declare variable $symbol external := "S/RES/2772 (2025)";
declare variable $n external := "1";

for $doc in db:open($db)/akn:akomaNtoso
let $id := $doc/*/akn:meta/akn:identification
where $id/akn:FRBRWork/akn:FRBRalias[@name = "symbol"]/@value = $symbol
let $paragraph := ($doc/*/akn:mainBody//akn:paragraph[not(ancestor::akn:paragraph)]
                     [normalize-space(akn:num) = ($n, $n || ".")])[1]
where exists($paragraph)
let $language := string($id/akn:FRBRExpression/akn:FRBRlanguage/@language)
order by $language
return $language || "&#9;" || normalize-space(string-join(
  $paragraph//text()[not(ancestor::akn:num)][not(ancestor::akn:authorialNote)], ""))
