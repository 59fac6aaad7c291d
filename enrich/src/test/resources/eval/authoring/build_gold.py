#!/usr/bin/env python3
"""Builds eval/claims/<id>.txt and <id>.gold.json from the authoring files (*.art) beside it.

Each .art file holds articles separated by lines '=== <id>'. An article is a header of
'key: value' lines (split, outlet, style, published, and the entity lists PER, ORG, LOC, MISC,
DATE, MONEY, PERCENT, each '; '-separated, plus 'skip: text@n; ...' to leave the n-th occurrence
of a listed string unannotated), a line '---', the text (headline first), a line '---', then one
claim a line: 'content | source | source_entity | cue | A/D/S | d/i/m' ('-' for a null entity,
'content@n' for the n-th occurrence of an ambiguous content span).
Every listed entity string is annotated at every whole-word, case-sensitive occurrence, longest
first; every claim span must occur verbatim. Run: python3 build_gold.py
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'claims')
TYPES = ['PER', 'ORG', 'LOC', 'MISC', 'DATE', 'MONEY', 'PERCENT']
TYPE_NAMES = {'PER': 'PERSON', 'ORG': 'ORGANIZATION', 'LOC': 'LOCATION', 'MISC': 'MISC',
              'DATE': 'DATE', 'MONEY': 'MONEY', 'PERCENT': 'PERCENT'}
STANCES = {'A': 'ALLEGATION', 'D': 'DENIAL', 'S': 'ASSERTION'}
QUOTES = {'d': 'direct', 'i': 'indirect', 'm': 'mixed'}
errors = []


def occurrences(text, s, whole_word):
    pat = re.escape(s)
    if whole_word:
        pat = r'(?<![\w])' + pat + r'(?![\w])'
    return [m.start() for m in re.finditer(pat, text)]


def nearest(text, s, around):
    occ = occurrences(text, s, True) or occurrences(text, s, False)
    if not occ:
        return None
    return min(occ, key=lambda o: abs(o - around))


def build(aid, header, text, claim_lines):
    ents = []
    skips = set()
    for item in filter(None, (x.strip() for x in header.get('skip', '').split(';'))):
        s, n = item.rsplit('@', 1)
        skips.add((s, int(n)))
    cands = []
    for t in TYPES:
        for s in filter(None, (x.strip() for x in header.get(t, '').split(';'))):
            occ = occurrences(text, s, True)
            if not occ:
                errors.append(f'{aid}: entity {s!r} ({t}) not found')
            for i, o in enumerate(occ, 1):
                if (s, i) not in skips:
                    cands.append((o, o + len(s), t, s))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken = []
    for c in cands:
        if all(c[1] <= t[0] or c[0] >= t[1] for t in taken):
            taken.append(c)
    taken.sort()
    for s, e, t, surface in taken:
        ents.append({'text': surface, 'type': TYPE_NAMES[t], 'start': s, 'end': e})
    claims = []
    for line in claim_lines:
        parts = [p.strip() for p in line.split(' | ')]
        if len(parts) != 6:
            errors.append(f'{aid}: bad claim line {line!r}')
            continue
        content, source, entity, cue, stance, quote = parts
        n = 1
        m = re.match(r'^(.*)@(\d+)$', content)
        if m:
            content, n = m.group(1), int(m.group(2))
        occ = occurrences(text, content, False)
        if len(occ) < n:
            errors.append(f'{aid}: claim content not found: {content!r}')
            continue
        if len(occ) > 1 and not m:
            errors.append(f'{aid}: ambiguous claim content, add @n: {content!r}')
        start = occ[n - 1]
        end = start + len(content)
        src = nearest(text, source, start)
        cue_at = None if cue == '-' else nearest(text, cue, start)
        if src is None:
            errors.append(f'{aid}: source not found: {source!r}')
        if cue_at is None and cue != '-':
            errors.append(f'{aid}: cue not found: {cue!r}')
        if stance not in STANCES or quote not in QUOTES:
            errors.append(f'{aid}: bad stance/quote in {line!r}')
            continue
        claims.append({'content': content, 'start': start, 'end': end, 'source': source,
                       'source_start': src, 'source_entity': None if entity == '-' else entity,
                       'cue': None if cue == '-' else cue, 'cue_start': cue_at, 'stance': STANCES[stance],
                       'quote': QUOTES[quote]})
    claims.sort(key=lambda c: c['start'])
    title = text.split('\n', 1)[0]
    gold = {'id': aid, 'split': header['split'], 'outlet': header.get('outlet'),
            'style': header.get('style'), 'title': title, 'published': header['published'],
            'claims': claims, 'entities': ents}
    return gold


def parse(path):
    articles = []
    chunks = re.split(r'^=== ', open(path, encoding='utf-8').read(), flags=re.M)
    for chunk in chunks[1:]:
        first, rest = chunk.split('\n', 1)
        aid = first.strip()
        head, body, claims = re.split(r'^---\s*$', rest, maxsplit=2, flags=re.M)
        header = {}
        for line in head.strip().splitlines():
            k, v = line.split(':', 1)
            header[k.strip()] = (header.get(k.strip(), '') + ';' + v.strip()).strip(';')
        text = '\n'.join(l.rstrip() for l in body.strip('\n').splitlines()).strip() + '\n'
        claim_lines = [l.strip() for l in claims.strip().splitlines()
                       if l.strip() and not l.startswith('#')]
        articles.append((aid, header, text, claim_lines))
    return articles


def main():
    os.makedirs(OUT, exist_ok=True)
    manifest = []
    words = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.art'))):
        for aid, header, text, claim_lines in parse(path):
            gold = build(aid, header, text, claim_lines)
            with open(os.path.join(OUT, aid + '.txt'), 'w', encoding='utf-8') as f:
                f.write(text)
            with open(os.path.join(OUT, aid + '.gold.json'), 'w', encoding='utf-8') as f:
                json.dump(gold, f, ensure_ascii=False, indent=1)
                f.write('\n')
            manifest.append(f"{aid} {gold['split']}")
            words.append((aid, len(text.split()), len(gold['claims']), len(gold['entities'])))
    with open(os.path.join(OUT, 'manifest.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(manifest) + '\n')
    for w in words:
        print(*w)
    for e in errors:
        print('ERROR', e, file=sys.stderr)
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
