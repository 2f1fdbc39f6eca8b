(: Store one document under its path, replacing what was there, and its catalog entry:
   one updating query, so that BaseX applies both or neither. Used by `akn publish`. :)
declare namespace akn = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
(: Whitespace between inline elements is text ("<docType>…</docType> <docNumber>") :)
declare option db:chop 'false';
declare variable $db external;
declare variable $path external;
declare variable $xml external;     (: the document, as a string :)
declare variable $entry external;   (: <entry path="…" sha256="…" …/>, as a string :)

let $new := parse-xml($entry)/entry
let $catalog := db:open($db, 'catalog.xml')/catalog
let $old := $catalog/entry[@path = $path]
return
  if ($old/@sha256 = $new/@sha256 and db:exists($db, $path))
  then update:output('unchanged')
  else (
    db:replace($db, $path, parse-xml($xml)),
    if ($old) then replace node $old with $new else insert node $new into $catalog,
    update:output(if (db:exists($db, $path)) then 'replaced' else 'new')
  )
