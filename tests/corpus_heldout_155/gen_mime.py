"""Hand-assembled MIME: deterministic boundaries, charsets, transfer encodings,
RFC 2047 header words, RFC 2231 file names, LF or CRLF line ends."""
import base64
import quopri
import re
import urllib.parse


# ---------------------------------------------------------------- headers
def _is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def _q_encode_char(ch, charset):
    b = ch.encode(charset)
    out = ''
    for byte in b:
        c = chr(byte)
        if c == ' ':
            out += '_'
        elif c.isalnum() and byte < 128:
            out += c
        elif c in '!*+-/' and byte < 128:
            out += c
        else:
            out += '=%02X' % byte
    return out


def encoded_words(s, charset='utf-8', enc='Q', limit=75):
    """Split s into RFC 2047 encoded words no longer than `limit`."""
    try:
        s.encode(charset)
    except UnicodeEncodeError:
        charset = 'utf-8'
    prefix = f"=?{charset}?{enc}?"
    words, cur = [], ''
    if enc == 'Q':
        for ch in s:
            piece = _q_encode_char(ch, charset)
            if len(prefix) + len(cur) + len(piece) + 2 > limit:
                words.append(prefix + cur + '?=')
                cur = ''
            cur += piece
        if cur:
            words.append(prefix + cur + '?=')
    else:
        chunk = ''
        for ch in s:
            trial = chunk + ch
            if len(prefix) + len(base64.b64encode(trial.encode(charset))) + 2 > limit:
                words.append(prefix + base64.b64encode(chunk.encode(charset)).decode() + '?=')
                chunk = ch
            else:
                chunk = trial
        if chunk:
            words.append(prefix + base64.b64encode(chunk.encode(charset)).decode() + '?=')
    return words


def fold_plain(name, value, width=78):
    """Fold an ASCII header on spaces."""
    line = f"{name}: "
    out = []
    for i, word in enumerate(value.split(' ')):
        piece = word if i == 0 else ' ' + word
        if len(line) + len(piece) > width and line.strip() not in (f"{name}:",):
            out.append(line)
            line = ' ' + word
        else:
            line += piece
    out.append(line)
    return '\n'.join(out)


def header(name, value, charset='utf-8', enc='Q'):
    if _is_ascii(value):
        return fold_plain(name, value)
    words = encoded_words(value, charset, enc)
    return f"{name}: " + '\n '.join(words)


def address(display, email, charset='utf-8', enc='Q', quote_style=0):
    if not display:
        return email
    if _is_ascii(display):
        if any(c in display for c in ',.();:@"') or quote_style == 1:
            return f'"{display}" <{email}>'
        return f"{display} <{email}>"
    return ' '.join(encoded_words(display, charset, enc)) + f" <{email}>"


def address_header(name, addrs, charset='utf-8', enc='Q'):
    vals = [address(d, e, charset, enc) for d, e in addrs]
    return f"{name}: " + ',\n '.join(vals)


# ---------------------------------------------------------------- parts
class Part:
    def __init__(self, headers, body=b'', children=None, boundary=None):
        self.headers = headers          # list of already-formatted header lines (may contain \n folds)
        self.body = body                # encoded bytes (LF line ends)
        self.children = children
        self.boundary = boundary


def encode_body(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        return quopri.encodestring(data, quotetabs=False)
    # 7bit / 8bit / binary: as is
    if not data.endswith(b'\n'):
        data += b'\n'
    return data


def text_part(text, subtype='plain', charset='utf-8', cte='quoted-printable', disposition=None,
              filename=None, fname_style='plain', format_flowed=False):
    data = text.replace('\r\n', '\n').encode(charset)
    if cte == '7bit' and any(b > 127 for b in data):
        cte = 'quoted-printable'
    ct = f"Content-Type: text/{subtype}; charset=\"{charset}\"" if subtype != 'calendar' else \
        f"Content-Type: text/{subtype}; charset=\"{charset}\"; method=REQUEST"
    if format_flowed and subtype == 'plain':
        ct += '; format=flowed'
    hs = [ct]
    if filename:
        hs[0] += ';\n ' + _fname_param('name', filename, fname_style)
    hs.append(f"Content-Transfer-Encoding: {cte}")
    if disposition or filename:
        d = disposition or 'attachment'
        if filename:
            d += ';\n ' + _fname_param('filename', filename, fname_style)
        hs.append(f"Content-Disposition: {d}")
    return Part(hs, encode_body(data, cte))


def _fname_param(pname, filename, style):
    if style == 'plain' and _is_ascii(filename):
        return f'{pname}="{filename}"'
    if style == 'rfc2231_cont':
        enc = urllib.parse.quote(filename.encode('utf-8'), safe='')
        chunks, cur = [], ''
        for tok in re.findall(r'%[0-9A-F]{2}|.', enc):
            if len(cur) + len(tok) > 40:
                chunks.append(cur)
                cur = ''
            cur += tok
        chunks.append(cur)
        return ';\n '.join(f"{pname}*{i}*={'utf-8' + chr(39) * 2 if i == 0 else ''}{c}" for i, c in enumerate(chunks))
    if style == 'rfc2231_latin1':
        try:
            return f"{pname}*=iso-8859-1''" + urllib.parse.quote(filename.encode('iso-8859-1'), safe='')
        except UnicodeEncodeError:
            pass
    return f"{pname}*=utf-8''" + urllib.parse.quote(filename.encode('utf-8'), safe='')


def bin_part(data, ctype, filename, fname_style='plain', cte='base64', inline=False):
    hs = [f"Content-Type: {ctype};\n " + _fname_param('name', filename, fname_style if fname_style != 'rfc2231_cont' else 'rfc2231'),
          f"Content-Transfer-Encoding: {cte}",
          f"Content-Disposition: {'inline' if inline else 'attachment'};\n " + _fname_param('filename', filename, fname_style)]
    return Part(hs, encode_body(data, cte))


def message_part(eml_bytes, filename=None, fname_style='plain'):
    eight = any(b > 127 for b in eml_bytes)
    hs = ["Content-Type: message/rfc822" + (';\n ' + _fname_param('name', filename, 'plain' if fname_style == 'rfc2231_cont' else fname_style) if filename else ''),
          f"Content-Transfer-Encoding: {'8bit' if eight else '7bit'}"]
    hs.append("Content-Disposition: attachment" + (';\n ' + _fname_param('filename', filename, fname_style) if filename else ''))
    body = eml_bytes.replace(b'\r\n', b'\n')
    if not body.endswith(b'\n'):
        body += b'\n'
    return Part(hs, body)


def multipart(subtype, children, boundary):
    return Part([f'Content-Type: multipart/{subtype};\n boundary="{boundary}"'], b'', children, boundary)


def _serialize(part, top=False):
    out = b''
    if not top:
        out += ('\n'.join(part.headers) + '\n\n').encode('ascii')
    if part.children is None:
        return out + part.body
    if top:
        out += b'This is a multi-part message in MIME format.\n\n'
    for ch in part.children:
        out += f"--{part.boundary}\n".encode('ascii')
        out += _serialize(ch)
        if not out.endswith(b'\n'):
            out += b'\n'
    out += f"--{part.boundary}--\n".encode('ascii')
    return out


def render(top_headers, root, eol='\n'):
    """top_headers: list of formatted header strings (From, To, Subject, Date, ...)."""
    hs = list(top_headers) + ['MIME-Version: 1.0'] + root.headers
    head = ('\n'.join(hs) + '\n\n').encode('ascii')
    data = head + _serialize(root, top=True)
    assert b'\r' not in data
    if eol == '\r\n':
        data = data.replace(b'\n', b'\r\n')
    return data
