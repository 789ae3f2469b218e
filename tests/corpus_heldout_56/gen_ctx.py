"""Generation context: random source, people factories, transports, signatures."""
import datetime

import gen_util as U


FEM = ['infirmière', 'conseillère', 'cheffe', 'agente', 'technicienne', 'coordonnatrice', 'travailleuse',
       'adjointe', 'pharmacienne', 'acheteuse', 'résidente', 'secrétaire']
MASC = ['technicien,', 'magasinier', 'conseiller ', "chef d'équipe", 'infirmier ']


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.nam_people = U.load_nams()
        rng.shuffle(self.nam_people)
        self._nam_i = 0
        self._used_staff = set()

    # ------------------------------------------------------------ people
    def nam_patient(self, hosp=None, adult=None):
        """Next person from blind_nams.txt (optionally adult-only or child-only)."""
        for _ in range(len(self.nam_people) * 2):
            p = self.nam_people[self._nam_i % len(self.nam_people)]
            self._nam_i += 1
            age = p.age(datetime.date(2025, 6, 1))
            if adult is True and age < 18:
                continue
            if adult is False and age >= 18:
                continue
            self._dress(p, hosp or self.rng.choice(U.HOSP))
            return p
        raise RuntimeError('no NAM person fits')

    def _dress(self, p, hosp):
        r = self.rng
        if p.mrn is None:
            p.mrn = self.mrn(hosp)
        if p.address is None:
            city, pc = r.choice(U.CITIES_QC)
            p.address = ('%d, %s' % (r.randint(12, 2990), r.choice(U.STREETS_FR)), city,
                         '%s %d%s%d' % (pc, r.randint(1, 9), r.choice('ABCEGHJKLMNPRSTVXY'), r.randint(0, 9)))
        if p.phone is None:
            p.phone = self.phone(r.choice(['450', '819', '514', '418', '579']))

    def mrn(self, hosp):
        r = self.rng
        pre = hosp['mrn']
        if pre == 'H':
            return 'H%07d' % r.randint(100000, 9999999)
        if pre == 'BN':
            return '%06d' % r.randint(100000, 999999)
        return '%08d' % r.randint(1000000, 39999999)

    def gen_patient(self, kind='qc', sex=None, age_range=(1, 95)):
        r = self.rng
        sex = sex or r.choice('FM')
        if kind in ('qc',):
            given = r.choice(U.FR_F if sex == 'F' else U.FR_M)
            surname = r.choice(U.FR_S)
        elif kind == 'be':
            given = r.choice(['Lotte', 'Elise', 'Sarah', 'Amélie', 'Inès'] if sex == 'F'
                             else ['Wout', 'Thomas', 'Arnaud', 'Maxime', 'Jens'])
            surname = r.choice(U.BE_S)
        elif kind == 'fr':
            given = r.choice(['Claire', 'Aurélie', 'Pauline', 'Céline', 'Margaux'] if sex == 'F'
                             else ['Julien', 'Nicolas', 'Thibaut', 'Antoine', 'Romain'])
            surname = r.choice(U.FRA_S)
        else:
            given = r.choice(U.EN_F if sex == 'F' else U.EN_M)
            surname = r.choice(U.EN_S)
        age = r.randint(*age_range)
        dob = datetime.date(2025 - age, r.randint(1, 12), r.randint(1, 28))
        p = U.Person(surname, given, dob, sex)
        if kind == 'on':
            p.ohip = U.gen_ohip(r)
            p.ohip_vc = r.choice(['AB', 'KX', 'ZT', 'MH', 'PL'])
            p.mrn = 'LR%07d' % r.randint(1000000, 9999999)
            city, prov, pc = r.choice(U.CITIES_ON)
            p.address = ('%d %s' % (r.randint(3, 980), r.choice(U.STREETS_EN)), city,
                         '%s %d%s%d' % (pc, r.randint(1, 9), r.choice('ABCEGHJKLMNPRSTVXY'), r.randint(0, 9)))
            p.phone = self.phone(r.choice(['613', '705', '905']))
        elif kind == 'be':
            p.niss = U.gen_niss(r, dob, sex)
            p.phone = '+32 4 555 %02d %02d' % (r.randint(10, 99), r.randint(10, 99))
        elif kind == 'fr':
            p.nir = U.gen_nir(r, dob, sex)
            p.phone = '+33 6 55 5%d %02d %02d' % (r.randint(0, 9), r.randint(10, 99), r.randint(10, 99))
        else:
            self._dress(p, r.choice(U.HOSP))
        U.check_ids(p)
        return p

    def phone(self, area):
        r = self.rng
        return r.choice(['%s 555-01%02d', '(%s) 555-01%02d', '%s-555-01%02d']) % (area, r.randint(0, 99))

    def staff(self, lang='fr', role=None, dom=None, sex=None):
        r = self.rng
        dom = dom or r.choice(U.HOSP)['dom']
        if sex is None and role:
            low = role.lower()
            if any(w in low for w in FEM):
                sex = 'F'
            elif any(w in low for w in MASC):
                sex = 'M'
        for _ in range(50):
            sex_ = sex or r.choice('FFFM')
            if dom == U.BE_HOSP['dom']:
                given = r.choice(['Els', 'Nathalie', 'Sofie', 'Anne'] if sex_ == 'F' else ['Pieter', 'Olivier', 'Koen', 'Luc'])
                surname = r.choice(U.BE_S)
            elif dom == U.FR_HOSP['dom']:
                given = r.choice(['Sandrine', 'Delphine', 'Agnès'] if sex_ == 'F' else ['Laurent', 'Hervé', 'Bertrand'])
                surname = r.choice(U.FRA_S)
            elif lang == 'fr' or r.random() < 0.35:
                given = r.choice(U.FR_F if sex_ == 'F' else U.FR_M)
                surname = r.choice(U.FR_S)
            else:
                given = r.choice(U.EN_F if sex_ == 'F' else U.EN_M)
                surname = r.choice(U.EN_S)
            if (given, surname) not in self._used_staff:
                break
        self._used_staff.add((given, surname))
        local = '%s.%s' % (U.strip_accents_maybe(given, r, 1.0).lower().replace(' ', ''),
                           U.strip_accents_maybe(surname, r, 1.0).lower().replace(' ', '').replace("'", ''))
        if r.random() < 0.3:
            local = local.split('.')[0][0] + local.split('.')[1]
        if dom == U.ON_HOSP['dom']:
            phone = self.phone(r.choice(['613', '705']))
        elif dom == U.BE_HOSP['dom']:
            phone = '+32 2 555 01 %02d' % r.randint(0, 99)
        elif dom == U.FR_HOSP['dom']:
            phone = '+33 2 55 50 01 %02d' % r.randint(0, 99)
        else:
            area = {h['dom']: h['area'] for h in U.HOSP}.get(dom) or r.choice(['450', '819', '418'])
            phone = self.phone(area)
        return U.Staff(given, surname, sex_, role or '', '%s@%s' % (local, dom), phone, r.randint(2000, 7999))

    # ------------------------------------------------------------ signature
    def sig(self, s, lang, org=None, short=False):
        r = self.rng
        if short or r.random() < 0.2:
            return ('sig', [s.given if r.random() < 0.5 else s.full()])
        if s.role == 'md':
            if lang == 'fr':
                lines = [r.choice(['%s %s' % ('Dre' if s.sex == 'F' else 'Dr', s.full()), '%s, M.D.' % s.full()])]
                lines.append(r.choice(['Microbiologiste-infectiologue', 'Médecin de famille', 'Urgentologue',
                                       'Médecin-conseil en santé publique', 'Interniste']))
            else:
                lines = ['Dr. %s' % s.full(), r.choice(['Infectious Diseases', 'Family Physician', 'Emergency Medicine',
                                                        'Internal Medicine'])]
        else:
            lines = [s.full() + (', ' + s.role if s.role and r.random() < 0.5 else '')]
            if s.role and not lines[0].endswith(s.role):
                lines.append(s.role)
        if org:
            lines.append(org)
        tel = s.phone + (U.L(lang, ' poste ', ' ext. ') + str(s.ext) if r.random() < 0.7 and not s.phone.startswith('+') else '')
        lines.append(U.L(lang, 'Tél. : ', 'Tel: ') + tel)
        if r.random() < 0.4:
            area = ''.join(ch for ch in s.phone if ch.isdigit())[:3]
            if not s.phone.startswith('+'):
                lines.append(U.L(lang, 'Téléc. : ', 'Fax: ') + self.phone(area))
        if r.random() < 0.3:
            lines.append(s.email)
        if r.random() < 0.25:
            lines.append(U.L(lang, "AVIS DE CONFIDENTIALITÉ : ce message peut contenir des renseignements "
                                   "confidentiels. Si vous l'avez reçu par erreur, veuillez le détruire.",
                             'CONFIDENTIALITY NOTICE: this e-mail may contain confidential information. '
                             'If received in error, please delete it.'))
        return ('sig', lines)

    # ------------------------------------------------------------ transport
    def transport(self, lang):
        r = self.rng
        if lang == 'fr':
            charset = r.choices(['utf-8', 'iso-8859-1', 'windows-1252'], [0.5, 0.25, 0.25])[0]
        else:
            charset = r.choices(['utf-8', 'us-ascii', 'iso-8859-1', 'windows-1252'], [0.5, 0.2, 0.15, 0.15])[0]
        body = r.choices(['plain', 'alt', 'html'], [0.35, 0.45, 0.2])[0]
        cte = r.choices(['8bit', 'quoted-printable', 'base64'], [0.35, 0.4, 0.25])[0]
        cte_html = r.choices(['8bit', 'quoted-printable', 'base64'], [0.2, 0.5, 0.3])[0]
        opts = {'table': r.choice(['aligned', 'pipe', 'tab', 'semi', 'aligned']),
                'bullet': r.choice(['- ', '* ', '• ', '- ', 'o ']),
                'sigsep': r.choice(['-- ', None, None]),
                'font': r.choice(['Calibri, Arial, sans-serif', 'Arial, sans-serif', 'Segoe UI, sans-serif'])}
        mailer = r.choice(['Microsoft Outlook 16.0', None, 'Zimbra 9.0 (ZimbraWebClient)', None,
                           'Mozilla Thunderbird 115.8', 'Apple Mail (2.3774)'])
        return {'charset': charset, 'body': body, 'cte': cte, 'cte_html': cte_html,
                'crlf': r.random() < 0.5, 'opts': opts, 'mailer': mailer}

    def when(self):
        r = self.rng
        d = datetime.date(2025, 1, 6) + datetime.timedelta(days=r.randint(0, 320))
        tz = datetime.timezone(datetime.timedelta(hours=-4 if 3 < d.month < 11 else -5))
        return datetime.datetime(d.year, d.month, d.day, r.randint(7, 18), r.randint(0, 59), r.randint(0, 59),
                                 tzinfo=tz)

    def msgid(self, dom):
        r = self.rng
        return '<%s.%s@%s>' % ('%016X' % r.getrandbits(64), '%08x' % r.getrandbits(32), dom.split('@')[-1])

    def quote_intro(self, lang, who, when):
        r = self.rng
        if lang == 'fr':
            return r.choice(['Le %s à %s, %s <%s> a écrit :', '%s %s, %s <%s> a écrit :']) % (
                U.fday(when.date(), 'fr'), when.strftime('%H h %M'), who.full(), who.email)
        return 'On %s at %s, %s <%s> wrote:' % (U.fday(when.date(), 'en'), when.strftime('%I:%M %p'),
                                                 who.full(), who.email)

    def outlook_hdr(self, lang, frm, to, when, subject, fwd=False):
        if lang == 'fr':
            top = '-------- Message transféré --------' if fwd else '-----Message d\'origine-----'
            return [top, 'De : %s <%s>' % (frm.full(), frm.email),
                    'Envoyé : %s %s' % (U.fday(when.date(), 'fr'), when.strftime('%Y %H:%M')),
                    'À : %s' % to, 'Objet : %s' % subject]
        top = '---------- Forwarded message ---------' if fwd else '-----Original Message-----'
        return [top, 'From: %s <%s>' % (frm.full(), frm.email),
                'Sent: %s %s' % (U.fday(when.date(), 'en'), when.strftime('%Y %I:%M %p')),
                'To: %s' % to, 'Subject: %s' % subject]
