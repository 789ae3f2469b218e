"""Assemble the 300 message specs: which template, which transport, which number."""
import random

import gen_common as C
import gen_model as GM
from gen_text import Ctx


def registries():
    regs = {}
    for mod_name, key in (('gen_pos_fr1', ('pos', 'fr')), ('gen_pos_fr2', ('pos', 'fr')),
                          ('gen_pos_en1', ('pos', 'en')), ('gen_pos_en2', ('pos', 'en'))):
        mod = __import__(mod_name)
        regs.setdefault(key, []).extend(mod.PLAN)
    for mod_name in ('gen_neg1', 'gen_neg2', 'gen_neg3'):
        mod = __import__(mod_name)
        regs.setdefault(('neg', 'fr'), []).extend(mod.PLAN_FR)
        regs.setdefault(('neg', 'en'), []).extend(mod.PLAN_EN)
    return regs


def build_all(seed=C.SEED):
    rng = random.Random(seed)
    pf = C.PatientFactory(rng)
    regs = registries()
    out = {'pos': [], 'neg': []}
    for kind in ('pos', 'neg'):
        entries = []
        for lang in ('fr', 'en'):
            for fn, n in regs.get((kind, lang), []):
                entries += [(lang, fn)] * n
        rng.shuffle(entries)
        want = 120 if kind == 'pos' else 180
        if len(entries) != want:
            raise SystemExit('plan for %s has %d entries, expected %d' % (kind, len(entries), want))
        for i, (lang, fn) in enumerate(entries, 1):
            date = GM.msg_date(rng)
            ident = '%s.%s%03d.%08x' % (date.strftime('%Y%m%d%H%M%S'), kind[0], i, rng.getrandbits(32))
            ctx = Ctx(rng, pf, date, lang, ident)
            m = fn(ctx)
            assert m.lang == lang and m.positive == (kind == 'pos'), fn.__name__
            tr = GM.pick_transport(rng, m)
            data = GM.build(m, tr, ident, date, rng)
            name = '%s%03d_%s.eml' % (kind[0], i, m.cat)
            out[kind].append((('positive/' if kind == 'pos' else 'negative/') + name, m, data, fn.__name__))
    return out
