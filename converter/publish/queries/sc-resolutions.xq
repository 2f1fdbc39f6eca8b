(: The Security Council resolutions of a year, with their operative paragraph counts:
   one line per resolution, "symbol<TAB>count", in order of adoption. :)
declare namespace akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
declare variable $db external := "akn";
declare variable $year external := "2025";

for $doc in db:open($db)/akn:akomaNtoso[akn:statement/@name = "resolution"]
let $work := $doc/*/akn:meta/akn:identification/akn:FRBRWork
(: The Council's by its author, or by its symbol (S/RES/…). :)
where ($work/akn:FRBRauthor/@href = "#un-sc"
       or starts-with($work/akn:FRBRalias[@name = "symbol"]/@value, "S/RES/"))
  and starts-with($work/akn:FRBRdate/@date, $year || "-")
(: A resolution stored in several languages is listed once, from its first one. :)
group by $uri := string($work/akn:FRBRuri/@value)
let $one := $doc[1]
let $w := $one/*/akn:meta/akn:identification/akn:FRBRWork
(: Operative paragraphs: the top-level paragraphs of the main body, not those of a text
   the resolution adopts or quotes (embeddedStructure). :)
let $operative := $one/akn:statement/akn:mainBody//akn:paragraph
  [not(ancestor::akn:paragraph)][not(ancestor::akn:embeddedStructure)]
order by string($w/akn:FRBRdate/@date), $uri
return string($w/akn:FRBRalias[@name = "symbol"]/@value) || "&#9;" || count($operative)
