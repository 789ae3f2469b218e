# -*- coding: utf-8 -*-
"""Per-message context: people, clinics, signatures, dates, formats."""
import datetime

import cg_data as D
import cg_ids as I
import cg_mime as M

TZ_QC_W = datetime.timezone(datetime.timedelta(hours=-5))
TZ_QC_S = datetime.timezone(datetime.timedelta(hours=-4))
TZ_EU = datetime.timezone(datetime.timedelta(hours=1))

MAILERS = ['Microsoft Outlook 16.0', 'Microsoft Outlook 15.0', 'Mozilla Thunderbird 115.6.0', None, None,
           'Apple Mail (2.3731.700.6)', 'Zimbra 9.0.0_GA_4583', 'Roundcube Webmail/1.6.5']


class Ctx(object):
    def __init__(self, rng, lang, tag, nam_pool):
        self.rng = rng
        self.lang = lang
        self.fr = lang == 'fr'
        self.tag = tag
        self._nam_pool = nam_pool
        start = datetime.date(2024, 1, 8)
        while True:
            d = start + datetime.timedelta(days=rng.randint(0, 325))
            if d.weekday() < 5:
                break
        tz = TZ_QC_S if datetime.date(2024, 3, 10) <= d < datetime.date(2024, 11, 3) else TZ_QC_W
        self.today = d
        self.date = datetime.datetime(d.year, d.month, d.day, rng.randint(7, 17), rng.randint(0, 59),
                                      rng.randint(0, 59), tzinfo=tz)

    # ------------------------------------------------------------ language helpers
    def T(self, fr, en):
        return fr if self.fr else en

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def later(self, days_min, days_max):
        d = self.today + datetime.timedelta(days=self.rng.randint(days_min, days_max))
        while d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        return d

    def earlier(self, days_min, days_max):
        return self.today - datetime.timedelta(days=self.rng.randint(days_min, days_max))

    def d(self, day, style=None):
        style = style or self.pick(['iso', 'dmy', 'long'] if self.fr else ['iso', 'mdy', 'long'])
        return I.fmt_date(day, style, self.lang)

    # ------------------------------------------------------------ people
    def staff(self, spec=None, inst=None):
        cands = [s for s in D.STAFF if (spec is None or s[6] == spec) and (inst is None or s[5] == inst)]
        if not cands:
            cands = [s for s in D.STAFF if spec is None or s[6] == spec] or D.STAFF
        g, s, sex, rfr, ren, inst_k, sp = self.pick(cands)
        return self._person_dict(g, s, sex, inst_k, (rfr, ren), doctor=True, spec=sp)

    def nurse(self, inst=None):
        cands = [n for n in D.NURSES if inst is None or n[3] == inst] or D.NURSES
        g, s, sex, inst_k = self.pick(cands)
        role = ('infirmière clinicienne' if sex == 'F' else 'infirmier clinicien', 'clinical nurse')
        return self._person_dict(g, s, sex, inst_k, role)

    def clerk(self, inst=None):
        cands = [n for n in D.CLERKS if inst is None or n[3] == inst] or D.CLERKS
        g, s, sex, inst_k = self.pick(cands)
        role = ('agente administrative' if sex == 'F' else 'agent administratif', 'administrative agent')
        return self._person_dict(g, s, sex, inst_k, role)

    def manager(self, idx=None):
        m = D.MANAGERS[idx] if idx is not None else self.pick(D.MANAGERS)
        return self._person_dict(m[0], m[1], m[2], m[3], (m[4], m[5]))

    def _person_dict(self, g, s, sex, inst_k, role, doctor=False, spec=None):
        inst = D.INST[inst_k]
        local = self.pick(['%s.%s', '%s%s', '%s_%s']) % (
            _ascii(g).lower().replace(' ', ''), _ascii(s).lower().replace(' ', '').replace("'", ''))
        if self.chance(0.3):
            local = (_ascii(g)[0] + _ascii(s)).lower().replace("'", '').replace(' ', '')
        email = '%s@%s' % (local, inst['dom'])
        if doctor:
            ti = (('Dre' if sex == 'F' else 'Dr') if self.fr else 'Dr.')
            display = self.pick(['%s %s %s' % (ti, g, s), '%s %s' % (g, s), '%s, %s' % (s, g)])
        else:
            ti = ''
            display = self.pick(['%s %s' % (g, s), '%s, %s' % (s, g), '%s %s' % (g, s)])
        return dict(given=g, surname=s, sex=sex, inst=inst_k, email=email, display=display,
                    addr='"%s" <%s>' % (display, email) if ',' in display else '%s <%s>' % (display, email),
                    title=ti, role=role[0] if self.fr else role[1], spec=spec, doctor=doctor,
                    name='%s %s' % (g, s), formal=('%s %s %s' % (ti, g, s)).strip())

    def generic_box(self, inst_k, box_fr, box_en):
        inst = D.INST[inst_k]
        local = box_fr if self.fr else box_en
        return '%s <%s@%s>' % (inst['fr'] if self.fr else inst['en'], local, inst['dom'])

    def sig(self, p, short=False, disclaimer=None):
        inst = D.INST[p['inst']]
        lines = [p['formal'] if p['doctor'] else p['name']]
        if short:
            return ['ch' if False else lines[0]]
        lines.append(p['role'])
        if p.get('spec'):
            sp = D.SPECIALTY[p['spec']]
            lines.append(sp['clinic_fr'] if self.fr else sp['clinic_en'])
        lines.append(inst['fr'] if self.fr else inst['en'])
        if self.chance(0.6):
            lines.append(inst['addr'])
        lines.append(self.T('Tél. : ', 'Tel: ') + inst['tel'] + (' poste %d' % self.rng.randint(2100, 4999) if self.fr else ' ext. %d' % self.rng.randint(2100, 4999)))
        if self.chance(0.4) and not inst['tel'].startswith('+'):
            lines.append(self.T('Téléc. : ', 'Fax: ') + inst['tel'][:-4] + '%04d' % self.rng.randint(100, 199))
        if disclaimer is None:
            disclaimer = self.chance(0.45)
        if disclaimer:
            lines.append('')
            lines.append(self.T("AVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des renseignements confidentiels. "
                                "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.",
                                'CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you '
                                'received it in error, please delete it and notify the sender.'))
        return lines

    # ------------------------------------------------------------ patients
    def nam_patient(self):
        p = self._nam_pool.pop(0)
        self._nam_pool.append(p)
        self._fill_contact(p, 'qc')
        return p

    def new_patient(self, region='qc', sex=None, age=(18, 88)):
        sex = sex or self.pick('MF')
        surname = self.pick({'qc': D.SURNAMES_QC, 'on': D.SURNAMES_ON, 'be': D.SURNAMES_BE,
                             'fr': D.SURNAMES_FR}[region])
        given = self.pick(D.GIVEN_F if sex == 'F' else D.GIVEN_M)
        y = 2024 - self.rng.randint(*age)
        dob = datetime.date(y, self.rng.randint(1, 12), self.rng.randint(1, 28))
        p = I.Person(surname, given, dob, sex)
        p.region = region
        if region == 'on':
            p.ids['ohip'] = I.make_ohip(self.rng)
        if region == 'be':
            p.ids['niss'] = I.make_niss(self.rng, dob, sex)
        if region == 'fr':
            p.ids['nir'] = I.make_nir(self.rng, dob, sex)
        self._fill_contact(p, region)
        return p

    def _fill_contact(self, p, region):
        r = self.rng
        if region == 'on':
            city, fsa = self.pick(D.CITIES_ON)
            p.address = '%d %s' % (r.randint(12, 980), self.pick(D.STREETS_ON))
            p.city = '%s, ON %s %d%s%d' % (city, fsa, r.randint(1, 9), self.pick('ABCEGHJKLMNPRSTVXY'), r.randint(0, 9))
            p.phone = '613-555-%04d' % r.randint(200, 999)
            p.cell = '343-555-%04d' % r.randint(200, 999)
        elif region == 'be':
            p.address = 'Rue %s %d' % (self.pick(['des Tilleuls', 'de Fer', 'Godefroid', 'du Moulin']), r.randint(2, 140))
            p.city = '%d %s' % (self.pick([5000, 5100, 5020, 4000]), self.pick(['Namur', 'Jambes', 'Liège']))
            p.phone = '+32 81 555 %02d %02d' % (r.randint(10, 99), r.randint(10, 99))
            p.cell = '+32 475 55 5%d %02d' % (r.randint(0, 9), r.randint(10, 99))
        elif region == 'fr':
            p.address = '%d, rue %s' % (r.randint(2, 90), self.pick(['Mercière', 'de la République', 'Paul-Bert', 'Garibaldi']))
            p.city = '%s Lyon' % self.pick(['69002', '69003', '69006', '69007'])
            p.phone = '04 55 55 %02d %02d' % (r.randint(10, 99), r.randint(10, 99))
            p.cell = '06 55 55 %02d %02d' % (r.randint(10, 99), r.randint(10, 99))
        else:
            city, fsa = self.pick(D.CITIES_QC)
            p.address = '%d, %s%s' % (r.randint(12, 4800), self.pick(D.STREETS), self.pick(['', '', ', app. %d' % r.randint(1, 12)]))
            p.city = '%s (Québec) %s %d%s%d' % (city, fsa, r.randint(1, 9), self.pick('ABCEGHJKLMNPRSTVXY'), r.randint(0, 9))
            p.phone = '%s-555-%04d' % (self.pick(['450', '514', '819', '579']), r.randint(200, 999))
            p.cell = '%s-555-%04d' % (self.pick(['438', '514', '450']), r.randint(200, 999))
        p.email = '%s.%s%d@%s' % (_ascii(p.given).lower(), _ascii(p.surname).lower().replace("'", '').replace(' ', ''),
                                  r.randint(1, 99), self.pick(['courriel.example', 'mailbox.example', 'fournisseur.example']))

    def mrn(self, inst='chuvdc'):
        label, num = I.make_mrn(self.rng, inst)
        if not self.fr and label in ('No de dossier', 'dossier', 'Dossier'):
            label = self.pick(['Chart', 'Chart no.', 'File #'])
        return label, num

    def nam(self, p, style=None):
        style = style or self.pick(['plain', 'plain', 'plain', 'space', 'dash', 'lowerspace'])
        return I.nam_fmt(p.nam, style)

    def dob(self, p, style=None):
        return self.d(p.dob, style)

    def clin(self, spec=None, idx=None):
        spec = spec or self.pick(sorted(D.CLIN))
        row = D.CLIN[spec][idx] if idx is not None else self.pick(D.CLIN[spec])
        k = 0 if self.fr else 1
        return dict(spec=spec, dx=row[k], med=row[2 + k], lab=row[4 + k], proc=row[6 + k],
                    dx_fr=row[0], dx_en=row[1])

    def social(self):
        return self.pick(D.SOCIAL[self.lang])

    def mailer(self):
        return self.pick(MAILERS)

    def msgid(self, domain, extra=''):
        return M.msgid(self.tag + extra, domain, self.date)

    def greeting(self, p=None):
        if p is None:
            return self.pick(['Bonjour,', 'Bonjour à tous,', 'Allo,', 'Salut,']) if self.fr else \
                self.pick(['Hi,', 'Hello,', 'Hi all,', 'Good morning,'])
        if self.fr:
            return self.pick(['Bonjour %s,' % p['given'], 'Bonjour %s %s,' % (p['title'] or p['given'], p['surname'])
                              if p['doctor'] else 'Bonjour %s,' % p['given'], 'Salut %s,' % p['given']])
        return self.pick(['Hi %s,' % p['given'], 'Dear %s %s,' % (p['title'] or p['given'], p['surname'])
                          if p['doctor'] else 'Hi %s,' % p['given'], '%s -' % p['given']])

    def thanks(self):
        return self.pick(['Merci!', 'Merci beaucoup,', 'Bonne journée,', 'Cordialement,', 'Merci à l\'avance']) if self.fr \
            else self.pick(['Thanks!', 'Thank you,', 'Best regards,', 'Regards,', 'Thanks in advance'])

    def quote_attr(self, who, when):
        if self.fr:
            return self.pick(['Le %s, %s a écrit :' % (I.fmt_date(when.date(), 'long', 'fr') + when.strftime(' à %H:%M'), who),
                              'De : %s\nEnvoyé : %s\nObjet : RE' % (who, I.fmt_date(when.date(), 'long', 'fr'))])
        return self.pick(['On %s, %s wrote:' % (I.fmt_date(when.date(), 'long', 'en') + when.strftime(' at %H:%M'), who),
                          'From: %s\nSent: %s' % (who, I.fmt_date(when.date(), 'long', 'en'))])

    def earlier_dt(self, hours=(1, 72)):
        return self.date - datetime.timedelta(hours=self.rng.randint(*hours), minutes=self.rng.randint(0, 59))

    # ------------------------------------------------------------ patient name spellings
    def pname(self, p, style=None):
        style = style or self.pick(['full', 'title', 'rev', 'revplain', 'title', 'full'])
        if style == 'full':
            return p.full
        if style == 'title':
            return '%s %s' % (p.title(self.lang), p.full)
        if style == 'rev':
            return p.rev
        if style == 'revplain':
            return '%s %s' % (p.surname, p.given)
        if style == 'titlesurname':
            return '%s %s' % (p.title(self.lang), p.surname)
        if style == 'initial':
            return '%s. %s' % (p.given[0], p.surname)
        if style == 'upper':
            return p.full.upper()
        return p.full

    def typo(self, text, n=1):
        """Introduce n realistic typos (adjacent swaps / dropped letter) in words without digits."""
        words = text.split(' ')
        idx = [i for i, w in enumerate(words) if len(w) > 5 and w.isalpha() and w.islower()]
        for _ in range(n):
            if not idx:
                break
            i = self.pick(idx)
            w = words[i]
            j = self.rng.randint(1, len(w) - 3)
            if self.chance(0.5):
                w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            else:
                w = w[:j] + w[j + 1:]
            words[i] = w
        return ' '.join(words)


class Types(object):
    ORDER = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth',
             'patient_name', 'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information']

    def __init__(self, *names):
        self.s = set()
        for n in names:
            self.add(n)

    def add(self, *names):
        for n in names:
            assert n in self.ORDER, n
            self.s.add(n)
        return self

    def list(self):
        return [t for t in self.ORDER if t in self.s]


def _ascii(s):
    import unicodedata
    return ''.join(ch for ch in unicodedata.normalize('NFKD', s) if not unicodedata.combining(ch))
