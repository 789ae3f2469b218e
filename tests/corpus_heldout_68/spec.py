# -*- coding: utf-8 -*-
"""Message specification helpers shared by the templates."""


def who(p):
    if isinstance(p, tuple):
        return p
    return (p.full, p.email)


def att(ctype, data, filename, charset=None, cte=None, inline=False):
    return dict(ctype=ctype, data=data, filename=filename, charset=charset, cte=cte, inline=inline)


def mk(ctx, cat, frm, to, subject, text=None, html=None, atts=None, types=(), note='',
       tokens=(), cc=None, mode=None, reply=False, importance=None, wrappable=True):
    return dict(cat=cat, lang=ctx.lang, frm=who(frm), to=[who(t) for t in to],
                cc=[who(c) for c in (cc or [])], subject=subject, text=text, html=html,
                atts=list(atts or []), types=sorted(set(types)), note=note,
                tokens=[t for t in tokens if t], mode=mode, reply=reply, importance=importance,
                wrappable=wrappable, dt=ctx.dt, ctx=ctx)


def g(p, m, f):
    """Gendered word for a patient."""
    return f if getattr(p, 'sex', 'F') == 'F' else m


def slug(s):
    import unicodedata
    s = ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')
    return ''.join(c if c.isalnum() else '_' for c in s).strip('_')
