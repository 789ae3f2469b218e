# -*- coding: utf-8 -*-
"""Per-message context: people, institutions, signatures, quoting."""
import datetime

import common as C


class Person(object):
    def __init__(self, **kw):
        self.__dict__.update(kw)

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)

    @property
    def rev(self):
        return '%s, %s' % (self.surname.upper(), self.given)


class Pool(object):
    """Corpus-wide state (NAM rotation) shared by all contexts."""

    def __init__(self, rng):
        self.rng = rng
        self.nam_people = C.load_nam_people()
        order = list(range(len(self.nam_people)))
        rng.shuffle(order)
        self.nam_order = order
        self.nam_pos = 0
        self.issued_ids = set()
        self.nam_uses = [0] * len(self.nam_people)
        self.nam_names = {(p['given'], p['surname']) for p in self.nam_people}

    def is_patient_name(self, given, surname):
        """True if a staff/external name would collide with a possible patient name."""
        if (given, surname) in self.nam_names:
            return True
        pools = (C.QC_GIVEN_F + C.QC_GIVEN_M, C.QC_SURNAMES)
        return given in pools[0] and surname in pools[1]

    def next_nam_fit(self, when, lo, hi):
        import common as C2
        best = None
        for k in range(len(self.nam_order)):
            idx = self.nam_order[(self.nam_pos + k) % len(self.nam_order)]
            person = self.nam_people[idx]
            age = C2.age_at(person['dob'], when)
            if lo <= age <= hi:
                if best is None or self.nam_uses[idx] < self.nam_uses[best]:
                    best = idx
                    if self.nam_uses[idx] == 0:
                        break
        if best is None:
            return None
        self.nam_uses[best] += 1
        self.nam_pos += 1
        return dict(self.nam_people[best])

    def next_nam(self):
        p = self.nam_people[self.nam_order[self.nam_pos % len(self.nam_order)]]
        self.nam_pos += 1
        return dict(p)


class Ctx(object):
    def __init__(self, rng, pool, lang):
        self.rng = rng
        self.pool = pool
        self.lang = lang
        hs = [h for h in C.HOSPITALS if (h['lang'] == lang) or rng.random() < 0.25]
        self.hosp = rng.choice(hs or C.HOSPITALS)
        self.date = C.rand_date(rng, (2024, 2, 1), 500)
        self.dt = datetime.datetime(self.date.year, self.date.month, self.date.day,
                                    rng.randrange(7, 18), rng.randrange(0, 60), rng.randrange(0, 60))

    # ------------------------------------------------------------ basics
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def L(self, fr, en):
        return fr if self.lang == 'fr' else en

    def t(self, fr, en=None, p=0.12):
        """Prose with an occasional typo; t(text), t(text, p) or t(fr, en[, p])."""
        if isinstance(en, float):
            p, en = en, None
        text = fr if en is None else self.L(fr, en)
        return C.typo(self.rng, text, p)

    def d(self, date, style=None):
        return C.fmt_date(self.rng, date, self.lang, style)

    def days_before(self, a, b):
        return self.date - datetime.timedelta(days=self.rng.randrange(a, b))

    # ------------------------------------------------------------ staff
    def staff(self, role=None, hosp=None, title=False):
        hosp = hosp or self.hosp
        while True:
            g = self.pick(C.STAFF_GIVEN)
            s = self.pick(C.STAFF_SURNAMES)
            if not self.pool.is_patient_name(g, s):
                break
        fem = g in ('Josée', 'Martine', 'Kathleen', 'Sophie', 'Hélène', 'Nancy', 'Guylaine',
                    'Julie', 'Caroline', 'Valérie', 'Amélie', 'Louise', 'Nadia', 'Jennifer',
                    'Catherine', 'Manon', 'Sofia', 'Emma')
        addr_local = self.pick(['%s.%s', '%s.%s', '%s%s', '%s_%s'])
        email = (addr_local % (C.strip_accents(g).lower().replace('-', ''),
                               C.strip_accents(s).lower().replace('-', '').replace("'", ''))) \
            + '@' + hosp['domain']
        rtitle = ''
        if role:
            r = C.ROLES[role]
            rtitle = r[0] if self.lang == 'fr' else r[1]
            if self.lang == 'fr' and not fem:
                rtitle = (rtitle.replace('agente', 'agent').replace('conseillère', 'conseiller')
                          .replace('directrice', 'directeur').replace('archiviste médicale', 'archiviste médical')
                          .replace('adjointe', 'adjoint'))
        return Person(given=g, surname=s, email=email, role=rtitle, fem=fem, hosp=hosp)

    def doctor(self, hosp=None):
        p = self.staff(hosp=hosp)
        p.spec = self.pick([('orthopédiste', 'orthopedic surgeon'), ('urgentologue', 'emergency physician'),
                            ('psychiatre', 'psychiatrist'), ('interniste', 'internist'),
                            ('gériatre', 'geriatrician'), ('chirurgienne générale', 'general surgeon'),
                            ('pneumologue', 'respirologist'), ('oncologue', 'oncologist')])
        p.dr = ('Dre ' if p.fem else 'Dr ') if self.lang == 'fr' else 'Dr. '
        return p

    def dept_addr(self, dept, hosp=None):
        hosp = hosp or self.hosp
        return self.pick(C.DEPTS[dept]['mbox']) + '@' + hosp['domain']

    def dept_name(self, dept, hosp=None):
        return C.DEPTS[dept][self.lang]

    def sig(self, p, dept=None, full=None, disclaimer=None):
        rng = self.rng
        full = self.chance(0.75) if full is None else full
        if not full:
            return self.pick(['%s', '%s', '-- \n%s']) % (
                self.pick([p.given, p.full, p.given[0] + '.' + p.surname[0] + '.']))
        lines = ['-- ' if self.chance(0.5) else '', p.full]
        if p.role:
            lines.append(p.role[0].upper() + p.role[1:])
        if dept:
            lines.append(self.dept_name(dept))
        lines.append(p.hosp['name'])
        if self.chance(0.6):
            lines.append(p.hosp['addr'])
        lines.append(self.L('Tél. : ', 'Tel.: ') + p.hosp['tel'] + self.pick(
            ['', ' poste %d' % rng.randrange(2000, 7999) if self.lang == 'fr' else ' ext. %d' % rng.randrange(2000, 7999)]))
        if self.chance(0.5):
            lines.append(self.L('Téléc. : ', 'Fax: ') + p.hosp['fax'])
        lines.append(p.email)
        if disclaimer is None:
            disclaimer = self.chance(0.45)
        if disclaimer:
            lines.append('')
            lines.append(self.pick(self.L([
                'AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. '
                'Si vous l\'avez reçu par erreur, veuillez en aviser l\'expéditeur et le détruire.',
                'Ce message est destiné uniquement au destinataire visé. Toute diffusion non autorisée est interdite.',
                'Confidentialité : merci de ne pas transférer ce message sans autorisation.'], [
                'CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received it '
                'in error, please notify the sender and delete it.',
                'This message is intended only for the named recipient. Any unauthorized disclosure is prohibited.'])))
        return '\n'.join(l for l in lines if l is not None).lstrip('\n')

    # ------------------------------------------------------------ patients
    def _addr(self, origin):
        rng = self.rng
        if origin == 'on':
            town, prov, fsa = self.pick(C.TOWNS_ON)
            return '%d %s' % (rng.randrange(10, 990), self.pick(C.STREETS_EN)), town, prov, \
                '%s %d%s%d' % (fsa, rng.randrange(1, 9), rng.choice('ABCEGHJKLMNPRSTVWXYZ'), rng.randrange(0, 9))
        if origin == 'fr':
            town, dep = self.pick(C.TOWNS_FR)
            return '%d, %s' % (rng.randrange(1, 120), self.pick(['rue des Tilleuls', 'allée des Glycines', 'avenue Jean-Moulinet'])), \
                town, 'France', dep + '%03d' % rng.randrange(0, 999)
        if origin == 'be':
            town, cp = self.pick(C.TOWNS_BE)
            return '%s %d' % (self.pick(['rue des Hêtres', 'Kerkstraat', 'chaussée de Namêche']), rng.randrange(1, 200)), \
                town, 'Belgique', cp
        town, prov, fsa = self.pick(C.TOWNS_QC)
        street = self.pick(C.STREETS_QC if self.lang == 'fr' or rng.random() < 0.5 else C.STREETS_EN)
        sep = ', ' if 'rue' in street or 'boulevard' in street or 'chemin' in street or 'avenue' in street \
            or 'rang' in street or 'montée' in street else ' '
        apt = self.pick(['', '', '', ', app. %d' % rng.randrange(1, 40) if self.lang == 'fr' else ', apt %d' % rng.randrange(1, 40)])
        return '%d%s%s%s' % (rng.randrange(10, 9900), sep, street, apt), town, prov, \
            '%s %d%s%d' % (fsa, rng.randrange(1, 9), rng.choice('ABCEGHJKLMNPRSTVWXYZ'), rng.randrange(0, 9))

    def _contact(self, p, origin):
        rng = self.rng
        p.street, p.town, p.prov, p.postal = self._addr(origin)
        if origin == 'fr':
            p.phone = '06 55 5%d %02d %02d' % (rng.randrange(0, 9), rng.randrange(0, 99), rng.randrange(0, 99))
        elif origin == 'be':
            p.phone = '+32 4 555 %02d %02d' % (rng.randrange(0, 99), rng.randrange(0, 99))
        elif origin == 'on':
            p.phone = C.phone(rng, rng.choice(['613', '343']))
        else:
            p.phone = C.phone(rng)
        p.email = '%s.%s%s@%s' % (C.strip_accents(p.given).lower().replace('-', '').replace(' ', ''),
                                  C.strip_accents(p.surname).lower().replace("'", '').replace('-', ''),
                                  rng.choice(['', str(rng.randrange(1, 99))]),
                                  rng.choice(C.EXT_ORGS['personal']))

    def patient(self, kind='nam', lo=0, hi=100):
        """kind: nam | qc | on | fr | be; lo/hi: age range at message date"""
        rng = self.rng
        d = self.pool.next_nam_fit(self.date, lo, hi) if kind == 'nam' else None
        if kind == 'nam' and d is None:
            kind = 'qc'
        if kind == 'nam':
            p = Person(given=d['given'], surname=d['surname'], dob=d['dob'], sex=d['sex'],
                       nam=d['nam'], origin='qc')
        else:
            sex = rng.choice('MF')
            if kind == 'fr':
                g = self.pick(C.FR_GIVEN_M if sex == 'M' else C.FR_GIVEN_F)
                s = self.pick(C.FR_SURNAMES)
            elif kind == 'be':
                g = self.pick(C.BE_GIVEN_M if sex == 'M' else C.BE_GIVEN_F)
                s = self.pick(C.BE_SURNAMES)
            else:
                g = self.pick(C.QC_GIVEN_M if sex == 'M' else C.QC_GIVEN_F)
                s = self.pick(C.QC_SURNAMES)
            dob = C.rand_dob(rng)
            for _ in range(200):
                if lo <= C.age_at(dob, self.date) <= hi:
                    break
                dob = C.rand_dob(rng)
            p = Person(given=g, surname=s, dob=dob, sex=sex, nam=None, origin=kind)
            if kind == 'on':
                p.ohip = C.make_ohip(rng)
            if kind == 'fr':
                p.nir = C.make_nir(rng, p.dob, sex)
            if kind == 'be':
                p.niss = C.make_niss(rng, p.dob, sex)
        p.mrn = C.make_mrn(rng)
        p.sin = C.make_sin(rng)
        for attr in ('sin', 'ohip', 'niss', 'nir'):
            if getattr(p, attr, None):
                self.pool.issued_ids.add(getattr(p, attr))
        self._contact(p, p.origin)
        p.age = C.age_at(p.dob, self.date)
        return p

    def any_patient(self, lo=0, hi=100, weights=(62, 10, 9, 8, 11)):
        kind = self.rng.choices(['nam', 'qc', 'on', 'fr', 'be'], weights=weights)[0]
        return self.patient(kind, lo, hi)

    def natid(self, p, types, label=True):
        """The patient's national health identifier (formatted) or None; records the type."""
        rng = self.rng
        if getattr(p, 'nam', None):
            types.add('ramq_nam')
            lab = self.pick(['NAM', 'NAM :', 'no RAMQ', 'N° ass. maladie'] if self.lang == 'fr' else
                            ['RAMQ', 'RAMQ #', 'Medicare #', 'QC health card'])
            return (lab + ' ' if label else '') + self.nam(p)
        if getattr(p, 'ohip', None):
            types.add('ca_health_number')
            lab = self.pick(['carte santé Ontario', 'no santé ON', 'OHIP'] if self.lang == 'fr' else
                            ['OHIP', 'Ontario HCN', 'HC#'])
            return (lab + ' ' if label else '') + C.fmt_ohip(rng, p.ohip)
        if getattr(p, 'nir', None):
            types.add('fr_nir')
            lab = self.pick(['NIR', 'n° sécu', 'N° SS'] if self.lang == 'fr' else ['French SSN (NIR)', 'NIR'])
            return (lab + ' ' if label else '') + C.fmt_nir(rng, p.nir)
        if getattr(p, 'niss', None):
            types.add('be_niss')
            lab = self.pick(['NISS', 'n° registre national'] if self.lang == 'fr' else ['Belgian NISS', 'NISS'])
            return (lab + ' ' if label else '') + C.fmt_niss(rng, p.niss)
        return None

    def idbits(self, p, types, want=('natid', 'mrn', 'dob'), prob=0.65):
        bits = []
        for w in want:
            if not self.chance(max(prob, 0.8) if w == 'natid' else prob):
                continue
            if w == 'natid':
                v = self.natid(p, types)
                if v:
                    bits.append(v)
            elif w == 'mrn':
                bits.append(self.mrn_label() + ' ' + p.mrn)
                types.add('mrn')
            elif w == 'sin':
                bits.append(self.L('NAS ', 'SIN ') + C.fmt_sin(self.rng, p.sin))
                types.add('ca_sin')
            elif w == 'dob':
                bits.append(self.L(self.pick(['DDN', 'DDN :', 'date de naissance :', 'né(e) le']),
                                   self.pick(['DOB', 'DOB:', 'born', 'D.O.B.'])) + ' ' + self.d(p.dob))
                types.add('date_of_birth')
        return bits

    def title(self, p, short=True):
        if self.lang == 'fr':
            return ('Mme' if p.sex == 'F' else 'M.') if short else ('Madame' if p.sex == 'F' else 'Monsieur')
        return 'Ms.' if p.sex == 'F' else 'Mr.'

    def pname(self, p, style=None):
        """Various ways of writing a patient's name."""
        style = style or self.pick(['full', 'title', 'title', 'rev', 'upper', 'initial', 'tsur'])
        if style == 'full':
            return p.full
        if style == 'title':
            return '%s %s' % (self.title(p), p.full)
        if style == 'rev':
            return p.rev
        if style == 'upper':
            return '%s %s' % (p.surname.upper(), p.given)
        if style == 'initial':
            return '%s. %s' % (p.given[0], p.surname)
        return '%s %s' % (self.title(p), p.surname)

    def nam(self, p, mode=None):
        return C.fmt_nam(self.rng, p.nam, mode)

    def mrn_label(self):
        return self.pick(self.L(['No de dossier', 'Dossier', 'N° dossier', 'no dossier', 'D.M.', '# dossier'],
                                ['MRN', 'Chart #', 'Chart no.', 'Medical record #', 'MRN#', 'Hosp. no.']))

    def pick_diag(self, p, keys):
        """Pick a diagnosis key plausible for the patient's sex."""
        if getattr(p, 'sex', 'F') == 'M':
            keys = [k for k in keys if k not in ('grossesse', 'cancer_sein')] or keys
        return self.pick(keys)

    def diag(self, key=None):
        key = key or self.pick([k for k in sorted(C.DIAG) if k not in ('grossesse', 'cancer_sein')])
        fr, en = C.DIAG[key]
        return self.L(fr, en)

    def undiag(self, key):
        """Diagnosis with an indefinite article (un/une, a/an)."""
        d = self.diag(key)
        if self.lang == 'fr':
            return ('une ' if key in C.DIAG_FEM else 'un ') + d
        return ('an ' if d[:1].lower() in 'aeiou' else 'a ') + d

    def dediag(self, key):
        """'d'un/d'une X' in French, 'a/an X' in English."""
        u = self.undiag(key)
        return "d'" + u if self.lang == 'fr' else u

    def med(self, i=None):
        i = self.rng.randrange(len(C.MEDS)) if i is None else i
        return self.L(C.MEDS[i], C.MEDS_EN[i])

    def lab(self):
        name, fr, en = self.pick(C.LABS)
        if self.lang == 'fr':
            return '%s %s' % (name, fr)
        return '%s %s' % (C.LAB_EN_NAME.get(name, name), en)

    def pdate(self, a=10, b=400):
        return self.days_before(a, b)

    def addr_block(self, p, oneline=False):
        if oneline:
            return '%s, %s (%s) %s' % (p.street, p.town, p.prov, p.postal) if p.origin in ('qc', 'on') \
                else '%s, %s %s, %s' % (p.street, p.postal, p.town, p.prov)
        if p.origin in ('qc', 'on'):
            return '%s\n%s (%s)  %s' % (p.street, p.town, p.prov, p.postal) if self.lang == 'fr' \
                else '%s\n%s, %s  %s' % (p.street, p.town, p.prov, p.postal)
        return '%s\n%s %s\n%s' % (p.street, p.postal, p.town, p.prov)

    def ext(self, kind):
        return self.pick(C.EXT_ORGS[kind])

    def ext_person(self, kind, lang=None):
        org, dom = self.ext(kind)
        while True:
            g = self.pick(C.STAFF_GIVEN + ['Mathieu', 'Olivier', 'Sandra', 'Gregory', 'Alexandra'])
            s = self.pick(['Paradis', 'Vézina', 'Laroche', 'Hughes', 'Fraser', 'Bouchard', 'Giroux',
                           'Lemieux', 'Wong', 'Rahimi', 'Desrosiers', 'Cormier', 'Lemaire', 'Van Damme'])
            if not self.pool.is_patient_name(g, s):
                break
        email = '%s.%s@%s' % (C.strip_accents(g).lower().replace('-', ''),
                              C.strip_accents(s).lower().replace(' ', ''), dom)
        return Person(given=g, surname=s, email=email, org=org, domain=dom, role='', fem=None, hosp=None)

    # ------------------------------------------------------------ threads
    def quote(self, text, who, when, subject=None, to=None, style=None):
        """Return a quoted earlier message for a reply."""
        style = style or self.pick(['gmail', 'outlook', 'outlook', 'plain'])
        name = who.full
        email = who.email
        if style == 'gmail':
            if self.lang == 'fr':
                head = 'Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :' % (
                    C.JOURS[when.weekday()][:3] + '.', when.day, C.MOIS_ABR[when.month - 1], when.year,
                    when.hour if hasattr(when, 'hour') else 9, when.minute if hasattr(when, 'minute') else 30,
                    name, email)
            else:
                head = 'On %s, %s %d, %d at %d:%02d %s, %s <%s> wrote:' % (
                    C.DAYS[when.weekday()][:3], C.MONTHS[when.month - 1][:3], when.day, when.year,
                    ((when.hour if hasattr(when, 'hour') else 9) - 1) % 12 + 1,
                    when.minute if hasattr(when, 'minute') else 30,
                    'AM' if (when.hour if hasattr(when, 'hour') else 9) < 12 else 'PM', name, email)
            body = '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))
            return head + '\n' + body
        if style == 'outlook':
            if self.lang == 'fr':
                hdr = ['-----Message d\'origine-----' if self.chance(0.5) else '________________________________',
                       'De : %s <%s>' % (name, email),
                       'Envoyé : %s %d %s %d %02d:%02d' % (C.JOURS[when.weekday()], when.day, C.MOIS[when.month - 1],
                                                          when.year, 10, self.rng.randrange(60)),
                       'À : %s' % (to or self.dept_addr('roi'))]
                if subject:
                    hdr.append('Objet : %s' % subject)
            else:
                hdr = ['-----Original Message-----' if self.chance(0.5) else '________________________________',
                       'From: %s <%s>' % (name, email),
                       'Sent: %s, %s %d, %d %d:%02d AM' % (C.DAYS[when.weekday()], C.MONTHS[when.month - 1],
                                                          when.day, when.year, 10, self.rng.randrange(60)),
                       'To: %s' % (to or self.dept_addr('roi'))]
                if subject:
                    hdr.append('Subject: %s' % subject)
            return '\n'.join(hdr) + '\n\n' + text
        return self.L('%s a écrit :' % name, '%s wrote:' % name) + '\n' + \
            '\n'.join('> ' + l for l in text.split('\n'))

    def fwd_block(self, text, who, when, subject, to=None):
        if self.lang == 'fr':
            head = ['---------- Message transféré ---------',
                    'De : %s <%s>' % (who.full, who.email),
                    'Date : %s %d %s %d' % (C.JOURS[when.weekday()][:3] + '.', when.day, C.MOIS_ABR[when.month - 1], when.year),
                    'Objet : %s' % subject,
                    'À : %s' % (to or self.dept_addr('roi'))]
        else:
            head = ['---------- Forwarded message ---------',
                    'From: %s <%s>' % (who.full, who.email),
                    'Date: %s, %s %d, %d' % (C.DAYS[when.weekday()][:3], C.MONTHS[when.month - 1][:3], when.day, when.year),
                    'Subject: %s' % subject,
                    'To: %s' % (to or self.dept_addr('roi'))]
        return '\n'.join(head) + '\n\n' + text

    @staticmethod
    def base_subject(subj):
        import re as _re
        return _re.sub(r'^(RE|Re|RÉP|TR|Fwd|FW|Fw)\s?:\s*', '', subj)

    def re(self):
        return self.pick(['RE: ', 'RE : ', 'Re: ', 'RÉP : ']) if self.lang == 'fr' else self.pick(['RE: ', 'Re: '])

    def fw(self):
        return self.pick(['TR: ', 'TR : ', 'Fwd: ', 'FW: ']) if self.lang == 'fr' else self.pick(['FW: ', 'Fwd: ', 'Fw: '])

    def greet(self, name=None, formal=False):
        if self.lang == 'fr':
            g = self.pick(['Bonjour', 'Bonjour', 'Madame, Monsieur,'] if formal else
                          ['Bonjour', 'Bonjour', 'Bon matin', 'Salut', 'Allô'])
        else:
            g = self.pick(['Hello', 'Good morning', 'Dear'] if formal else ['Hi', 'Hello', 'Good morning'])
        if name and not g.endswith(','):
            return '%s %s,' % (g, name)
        if g == 'Dear':
            return 'Dear Sir or Madam,'
        return g if g.endswith(',') else g + ','

    def thanks(self):
        return self.pick(self.L(['Merci,', 'Merci beaucoup,', 'Cordialement,', 'Bonne journée,', 'Merci!', 'Salutations,'],
                                ['Thanks,', 'Thank you,', 'Regards,', 'Best,', 'Kind regards,', 'Thx']))
