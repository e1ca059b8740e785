"""Page headers and footers (CSS @page margin boxes) as artifacts in tagged PDFs.

WeasyPrint (70) marks the text of margin boxes as marked content with an MCID, but leaves it out
of the structure tree ("it could be included in tree as Artifact, but that's only allowed in PDF
2.0", weasyprint/pdf/tags.py). Content with an MCID that no structure element owns is neither
real content nor an artifact, which PDF/UA-1 forbids (Matterhorn 01-001/01-002): screen readers
may read "Seite 3 von 9" in the middle of a table, or skip it unannounced. This rewrites exactly
that content as /Artifact of type /Pagination and drops it from the parent tree."""

import io

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NullObject


def owned_mcids(node, page, owned, seen):
    """(page object id, MCID) of every marked content the structure tree reaches."""
    node = node.get_object()
    if isinstance(node, int) and not isinstance(node, bool):
        if page is not None:
            owned.add((page, int(node)))
        return
    if isinstance(node, ArrayObject):
        for child in node:
            owned_mcids(child, page, owned, seen)
        return
    if not isinstance(node, DictionaryObject) or id(node) in seen:
        return
    seen.add(id(node))
    if "/Pg" in node:
        page = node.raw_get("/Pg").idnum
    if "/MCID" in node:
        owned.add((page, int(node["/MCID"])))
    if "/K" in node:
        owned_mcids(node.raw_get("/K"), page, owned, seen)


def mark_margin_boxes_as_artifacts(pdf: bytes) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    tree = writer.root_object.get("/StructTreeRoot")
    if tree is None:
        return pdf
    tree = tree.get_object()
    owned = set()
    owned_mcids(tree.raw_get("/K"), None, owned, set())
    parents = _parent_tree(tree)
    changed = False
    for page in writer.pages:
        page_id = page.indirect_reference.idnum
        content = page.get_contents()
        if content is None:
            continue
        orphans = []
        for operands, operator in content.operations:
            if operator != b"BDC" or len(operands) != 2:
                continue
            properties = operands[1]
            if not isinstance(properties, DictionaryObject) or "/MCID" not in properties:
                continue
            mcid = int(properties["/MCID"])
            if (page_id, mcid) not in owned:
                operands[0] = NameObject("/Artifact")
                operands[1] = DictionaryObject({NameObject("/Type"): NameObject("/Pagination")})
                orphans.append(mcid)
        if orphans:
            changed = True
            page.replace_contents(content)
            entries = parents.get(page.get("/StructParents"))
            for mcid in orphans:
                if entries is not None and mcid < len(entries):
                    entries[mcid] = NullObject()
    if not changed:
        return pdf
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _parent_tree(tree) -> dict:
    """StructParents key -> the array of structure elements by MCID (a flat /Nums tree, as
    WeasyPrint writes it)."""
    nums = tree.get("/ParentTree", DictionaryObject()).get_object().get("/Nums", ArrayObject())
    return {
        int(nums[i]): nums[i + 1].get_object()
        for i in range(0, len(nums) - 1, 2)
        if isinstance(nums[i + 1].get_object(), ArrayObject)
    }
