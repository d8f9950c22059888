"""Keep the translations of messages that moved to another class or module.

pylupdate5 files each message under the class (or the `translate` context) it is
written in; when code moves, the message arrives in a new context unfinished (at
best with its old translation as a guess) and the old one is dropped. This script
makes every unfinished message of a refreshed .ts file whose source text the
previous .ts file had translated, under any context, finished with that
translation (`make update-translations` runs it).

Usage: python i18n/carry_translations.py PREVIOUS.ts REFRESHED.ts
"""
import re
import sys

#: A message's source and translation as pylupdate5 writes them (the text is kept
#: as it is, escaped, so that the file changes only where a translation is carried).
FINISHED = re.compile(r"<source>([^<]*)</source>\s*<translation>([^<]*)</translation>")
UNFINISHED = re.compile(r'<source>([^<]*)</source>(\s*)<translation type="unfinished">([^<]*)</translation>')


def carry(previous_path, refreshed_path):
    with open(previous_path, encoding="utf-8") as handle:
        known = dict(FINISHED.findall(handle.read()))
    with open(refreshed_path, encoding="utf-8") as handle:
        refreshed = handle.read()
    carried = []

    def fill(match):
        source, space, _guess = match.groups()
        if source not in known:
            return match.group(0)
        carried.append(source)
        return f"<source>{source}</source>{space}<translation>{known[source]}</translation>"

    refreshed = UNFINISHED.sub(fill, refreshed)
    with open(refreshed_path, "w", encoding="utf-8") as handle:
        handle.write(refreshed)
    return len(carried)


if __name__ == "__main__":
    print(f"{sys.argv[2]}: {carry(sys.argv[1], sys.argv[2])} moved messages keep their translation")
