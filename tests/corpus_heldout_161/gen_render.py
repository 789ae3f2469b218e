"""Message specifications and rendering of body blocks to plain text and HTML.

A body is a list of blocks:
  'text'                              paragraph (explicit newlines kept)
  ('table', header_or_None, rows)     small table
  ('quote', attribution, blocks)      quoted reply ("> " prefix in plain text)
  ('fwd', separator, header_lines, blocks)   inline forward / Outlook "original message"
  ('pre', 'text')                     preformatted text kept as is
"""
import html
import textwrap

ID_TYPES = {'nam': 'ramq_nam', 'sin': 'ca_sin', 'ohip': 'ca_health_number', 'niss': 'be_niss', 'nir': 'fr_nir'}
ALL_TYPES = ['patient_name', 'date_of_birth', 'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir',
             'mrn', 'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information']


class Att:
    def __init__(self, filename, data, ctype, charset=None, fname_style=None, inline=False, cte=None):
        self.filename, self.data, self.ctype = filename, data, ctype
        self.charset, self.fname_style, self.inline, self.cte = charset, fname_style, inline, cte


class Spec:
    def __init__(self, cat, lang, note, frm, to, subject, blocks, types=(), cc=(), atts=(), positive=True,
                 html=None, prefer=None, names=(), ids=None, nam_ctx=(), date=None, reply=False, wrap=None,
                 table_style=None, importance=None):
        self.cat, self.lang, self.note = cat, lang, note
        self.frm, self.to, self.cc = frm, list(to), list(cc)
        self.subject, self.blocks = subject, list(blocks)
        self.types = set(types)
        self.atts = list(atts)
        self.positive = positive
        self.html = html              # optional hand-written HTML body
        self.prefer = prefer          # None | 'plain' | 'html' | 'alt'
        self.names = list(names)      # strings that must be readable in the decoded message
        self.ids = {k: [] for k in ID_TYPES}
        for k, v in (ids or {}).items():
            self.ids[k] = list(v)
        self.nam_ctx = list(nam_ctx)  # (nam, surname, given, dob, sex)
        self.date = date
        self.reply = reply
        self.wrap = wrap
        self.table_style = table_style
        self.importance = importance

    def final_types(self):
        t = set(self.types)
        for k, name in ID_TYPES.items():
            if self.ids[k]:
                t.add(name)
        if self.nam_ctx:
            t.update({'patient_name', 'date_of_birth', 'ramq_nam'})
        return [x for x in ALL_TYPES if x in t]


# --------------------------------------------------------------------------- plain text

def _wrap_para(p, width):
    out = []
    for line in p.split('\n'):
        if width and len(line) > width and not line.lstrip().startswith(('|', '-', '*', '•')) and '\t' not in line:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [''])
        else:
            out.append(line)
    return '\n'.join(out)


def _table_text(header, rows, style):
    allrows = ([header] if header else []) + [[str(c) for c in r] for r in rows]
    if style == 'tab':
        return '\n'.join('\t'.join(r) for r in allrows)
    if style == 'pipe':
        return '\n'.join(' | '.join(r) for r in allrows)
    if style == 'semi':
        return '\n'.join(';'.join(r) for r in allrows)
    if style == 'dash':
        return '\n'.join('- ' + ' — '.join(c for c in r if c) for r in ([header] if False else []) + allrows[1 if header else 0:])
    widths = [max(len(r[i]) if i < len(r) else 0 for r in allrows) for i in range(max(len(r) for r in allrows))]
    lines = []
    for j, r in enumerate(allrows):
        lines.append('  '.join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if j == 0 and header:
            lines.append('  '.join('-' * w for w in widths))
    return '\n'.join(lines)


def render_text(blocks, width=None, table_style='pad'):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(_wrap_para(b, width))
        elif b[0] == 'table':
            out.append(_table_text(b[1], b[2], table_style))
        elif b[0] == 'pre':
            out.append(b[1])
        elif b[0] == 'quote':
            inner = render_text(b[2], width and width - 2, table_style)
            q = '\n'.join(('> ' + l) if l else '>' for l in inner.split('\n'))
            out.append(b[1] + '\n' + q if b[1] else q)
        elif b[0] == 'fwd':
            head = b[1] + '\n' + '\n'.join(b[2])
            out.append(head + '\n\n' + render_text(b[3], width, table_style))
        else:
            raise ValueError(b)
    return '\n\n'.join(out).rstrip('\n') + '\n'


# --------------------------------------------------------------------------- HTML

def _esc(s):
    return html.escape(s, quote=False)


def _html_blocks(blocks, style):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append('<p>' + '<br>\n'.join(_esc(l) for l in b.split('\n')) + '</p>')
        elif b[0] == 'table':
            rows = []
            if b[1]:
                rows.append('<tr>' + ''.join('<th style="text-align:left;background:#dde">%s</th>' % _esc(str(c)) for c in b[1]) + '</tr>')
            for r in b[2]:
                rows.append('<tr>' + ''.join('<td>%s</td>' % _esc(str(c)) for c in r) + '</tr>')
            out.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">\n'
                       + '\n'.join(rows) + '\n</table>')
        elif b[0] == 'pre':
            out.append('<pre>' + _esc(b[1]) + '</pre>')
        elif b[0] == 'quote':
            att = ('<div>%s</div>\n' % _esc(b[1])) if b[1] else ''
            out.append(att + '<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n'
                       + _html_blocks(b[2], style) + '\n</blockquote>')
        elif b[0] == 'fwd':
            if style == 'outlook':
                head = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0">'
                        '<p><b>%s</b><br>\n%s</p></div>' % (_esc(b[1].strip('- ')), '<br>\n'.join(_esc(l) for l in b[2])))
            else:
                head = '<div>%s<br>\n%s</div><br>' % (_esc(b[1]), '<br>\n'.join(_esc(l) for l in b[2]))
            out.append(head + '\n' + _html_blocks(b[3], style))
        else:
            raise ValueError(b)
    return '\n'.join(out)


def render_html(blocks, charset, style='plain', lang='fr'):
    body = _html_blocks(blocks, style)
    font = 'Calibri,Arial,sans-serif' if style == 'outlook' else 'Arial,Helvetica,sans-serif'
    return ('<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n'
            '<body style="font-family:%s;font-size:11pt">\n%s\n</body>\n</html>\n' % (
                'fr-CA' if lang == 'fr' else 'en-CA', charset, font, body))


def html_to_text(h):
    """Crude HTML → text used when a template only supplies HTML."""
    import re
    t = re.sub(r'(?is)<(script|style|head).*?</\1>', '', h)
    t = re.sub(r'(?i)<br\s*/?>', '\n', t)
    t = re.sub(r'(?i)</(p|div|tr|h\d|li|table)>', '\n', t)
    t = re.sub(r'(?i)</t[dh]>', '\t', t)
    t = re.sub(r'<[^>]+>', '', t)
    t = html.unescape(t)
    t = re.sub(r'\n\s*\n+', '\n\n', t)
    return t.strip() + '\n'
