"""Help pages (resources/help/<id>.md) as the plain HTML the Processing dialog's help
panel shows well.

Qt parses the Markdown (QTextDocument.setMarkdown), but its `toHtml()` writes a whole
styled document: QGIS nests that inside its own help page, where the `<style>` block
shows as text and the inline styles set whole list items in bold. So the parsed
document is written out here as bare paragraphs, lists and bold, italic and code
spans, and the panel's own style applies.
"""
import html
import os

from qgis.PyQt.QtGui import QFont, QTextDocument, QTextListFormat

from .translation import localised_file

ORDERED = (QTextListFormat.Style.ListDecimal, QTextListFormat.Style.ListLowerAlpha,
           QTextListFormat.Style.ListUpperAlpha, QTextListFormat.Style.ListLowerRoman,
           QTextListFormat.Style.ListUpperRoman)


def help_markdown(folder: str, name: str) -> str:
    """The help page `<name>.md` of `folder` in the user's language: its translation
    `<name>_<locale>.md` where there is one (`translation.localised_file`)."""
    with open(localised_file(folder, name, "md"), encoding="utf-8") as handle:
        return handle.read()


def help_html(markdown: str) -> str:
    document = QTextDocument()
    document.setMarkdown(markdown)
    parts, open_lists = [], []  # open_lists: (list key, indent, tag), innermost last
    block = document.begin()
    while block.isValid():
        text_list = block.textList()
        indent = text_list.format().indent() if text_list else 0
        key = text_list.item(0).position() if text_list else None
        while open_lists and (indent < open_lists[-1][1] or (indent == open_lists[-1][1] and key != open_lists[-1][0])):
            parts.append(f"</{open_lists.pop()[2]}>")
        if text_list and (not open_lists or open_lists[-1][0] != key):
            tag = "ol" if text_list.format().style() in ORDERED else "ul"
            parts.append(f"<{tag}>")
            open_lists.append((key, indent, tag))
        inline = _inline(block)
        if text_list:
            parts.append(f"<li>{inline}</li>")
        elif inline:
            parts.append(f"<p>{inline}</p>")
        block = block.next()
    parts.extend(f"</{tag}>" for _, _, tag in reversed(open_lists))
    return "\n".join(parts)


def _inline(block) -> str:
    spans, fragments = [], block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        text, style = html.escape(fragment.text()), fragment.charFormat()
        if style.fontFixedPitch() or style.fontFamily() or style.fontFamilies():  # only code spans set a font
            text = f"<code>{text}</code>"
        if style.fontWeight() > QFont.Weight.Normal:
            text = f"<b>{text}</b>"
        if style.fontItalic():
            text = f"<i>{text}</i>"
        spans.append(text)
        fragments += 1
    return "".join(spans)


def help_page(algorithm) -> str:
    """The address of `algorithm`'s help as a page of its own, for the dialog's *Help*
    button: written from the help shipped with the plugin (its text and every
    parameter's help, in the user's language) into the QGIS profile, so that it opens
    offline and never points to a web address that may move."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QUrl

    title = html.escape(algorithm.displayName())
    parameters = "\n".join(
        f"<dt><b>{html.escape(definition.description())}</b> <code>{definition.name()}</code></dt>"
        f"<dd>{html.escape(definition.help())}</dd>"
        for definition in algorithm.parameterDefinitions() if definition.help())
    page = (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{title}</title></head>\n'
            f"<body>\n<h1>{title}</h1>\n{algorithm.shortHelpString()}\n<dl>\n{parameters}\n</dl>\n</body></html>\n")
    folder = os.path.join(QgsApplication.qgisSettingsDirPath(), "lsghnet", "help")
    path = os.path.join(folder, f"{algorithm.name()}.html")
    try:
        os.makedirs(folder, exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(page)
    except OSError:  # a profile that cannot be written: no page rather than a failing dialog
        return ""
    return QUrl.fromLocalFile(path).toString()
