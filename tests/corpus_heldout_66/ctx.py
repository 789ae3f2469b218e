"""Per-message context shared by the templates."""
import ids
import vocab as V


class Ctx:
    def __init__(self, rng, lang, nam_pool):
        self.rng = rng
        self.lang = lang
        self._pool = nam_pool
        self.cl = rng.choice(ids.CLINICS)
        self.dom = self.cl[2]
        self.doc = V.doctor(rng)
        self.date_style = rng.randrange(4)

    def L(self, fr, en):
        return fr if self.lang == 'fr' else en

    def pt(self, kids=False, adults=False):
        """Next person from the NAM rotation (optionally a child / adult)."""
        return self._pool.take(kids=kids, adults=adults)

    def staff(self, role=None):
        return ids.staff(self.rng, role)

    def me(self, role):
        """A staff sender with signature."""
        s = ids.staff(self.rng, role)
        s['addr'] = '%s@%s' % (s['local'], self.dom)
        s['role_txt'] = V.role(role, self.lang, s['sex'])
        return s

    def g(self, p, s):
        return gender_fix(p, s)

    def sig(self, s, doc=False):
        return V.signature(s, None if doc else s.get('role_txt'), self.cl, self.lang, self.rng, doc=doc)

    def doc_addr(self, d=None):
        d = d or self.doc
        return '%s@%s' % (d['local'], self.dom)

    def date(self, d):
        return ids.fmt_date(d, self.lang, self.rng, self.date_style)

    def nam(self, p, odd=False):
        return ids.nam_variant(p.nam, self.rng, allow_odd=odd)[0]

    def choice(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p


class NamPool:
    """Rotation over the people of blind_nams.txt (shuffled once)."""

    def __init__(self, people, rng):
        self.people = list(people)
        rng.shuffle(self.people)
        self.i = 0

    def take(self, kids=False, adults=False):
        for _ in range(len(self.people) * 2):
            p = self.people[self.i % len(self.people)]
            self.i += 1
            a = p.age()
            if kids and a >= 16:
                continue
            if adults and a < 18:
                continue
            return p
        raise RuntimeError('no person')


def gender_fix(p, s):
    """Resolve French inclusive forms (il/elle, (e), la/le) for person p."""
    if p is None or not isinstance(s, str):
        return s
    f = p.sex == 'F'
    reps = [('Nouvelle patiente/nouveau patient', 'Nouvelle patiente' if f else 'Nouveau patient'),
            ('Elle/il', 'Elle' if f else 'Il'), ('il/elle', 'elle' if f else 'il'), ('la/le', 'la' if f else 'le'),
            ('(e)', 'e' if f else '')]
    for a, b in reps:
        s = s.replace(a, b)
    return s
