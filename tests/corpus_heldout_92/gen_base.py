"""Per-message context: people, places, dates, signatures, quoting, spec assembly."""
import datetime as _dt

import gen_common as C
import gen_data as D

QC_STREETS = ['rue des Érables', 'rue Principale', 'avenue des Pins', 'chemin du Lac-Noir', 'rue Saint-Olivier',
              'boul. Talbot', 'rue de la Fabrique', 'rue Notre-Dame Ouest', 'avenue Cartier', 'rue des Lilas',
              'rue Papineau', 'rang Saint-Joseph', 'rue King Ouest', 'rue Bellevue']
ON_STREETS = ['Maple Drive', 'Elm Street', 'Riverside Dr.', 'Pinecrest Rd', 'Lakeview Ave.', 'Cedar Lane',
              'Queen St. E.', 'Wellington St.', 'Bayview Ave.', 'Mill Road', 'Churchill Blvd', 'Baseline Rd']
QC_CITIES = [('Québec', 'G1R'), ('Sherbrooke', 'J1H'), ('Trois-Rivières', 'G9A'), ('Longueuil', 'J4K'),
             ('Montréal', 'H2J'), ('Laval', 'H7N'), ('Rimouski', 'G5L'), ('Gatineau', 'J8Y'), ('Saguenay', 'G7H'),
             ('Lévis', 'G6V'), ('Pointe-Claire', 'H9R')]
ON_CITIES = [('Ottawa', 'K1S'), ('Kingston', 'K7L'), ('Sudbury', 'P3E'), ('Toronto', 'M6P'), ('Hamilton', 'L8P'),
             ('Cornwall', 'K6H'), ('Hawkesbury', 'K6A'), ('Orléans', 'K1C')]
PERSONAL_DOMAINS = ['courriel-perso.example', 'mailbox.example', 'videoweb.example', 'maison.example',
                    'netmail.example', 'sympatico-mail.example']


def tz_for(d):
    edt = (_dt.date(2024, 3, 10) <= d < _dt.date(2024, 11, 3)) or (_dt.date(2025, 3, 9) <= d < _dt.date(2025, 11, 2))
    return _dt.timezone(_dt.timedelta(hours=-4 if edt else -5))


class Ctx:
    def __init__(self, rng, lang, idx, kind, nampool):
        self.rng = rng
        self.lang = lang
        self.fr = lang == 'fr'
        self.idx = idx
        self.kind = kind
        self.nampool = nampool
        self.types = []
        d = C.rand_date(rng, _dt.date(2024, 9, 3), _dt.date(2025, 4, 25))
        while d.weekday() >= 5 and rng.random() < 0.85:
            d += _dt.timedelta(days=1)
        self.today = d
        hour = rng.choice([7, 8, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 21])
        self.when = _dt.datetime(d.year, d.month, d.day, hour, rng.randrange(60), rng.randrange(60),
                                 tzinfo=tz_for(d))
        self.region = None

    # ------------------------------------------------------------ choices
    def choice(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def L(self, fr, en):
        return fr if self.fr else en

    def t(self, *types):
        for x in types:
            if x not in self.types:
                self.types.append(x)

    def set_region(self, region=None):
        if region is None:
            region = 'QC' if self.fr and self.chance(0.75) else ('ON' if not self.fr and self.chance(0.55) else
                                                                  ('ON' if self.fr else 'QC'))
        self.region = region
        return region

    def hospital(self, region=None):
        region = region or self.region
        pool = [h for h in D.HOSPITALS if h['region'] == region and h['lang'] == self.lang] or \
               [h for h in D.HOSPITALS if h['region'] == region]
        return self.choice(pool)

    def pharmacy(self, region=None):
        region = region or self.region
        pool = [p for p in D.PHARMACIES if p['region'] == region and p['lang'] == self.lang] or \
               [p for p in D.PHARMACIES if p['region'] == region]
        return self.choice(pool)

    def clinic(self, region=None):
        region = region or self.region
        pool = [p for p in D.CLINICS if p['region'] == region and p['lang'] == self.lang] or \
               [p for p in D.CLINICS if p['region'] == region]
        return self.choice(pool)

    def days(self, n):
        return self.today + _dt.timedelta(days=n)

    # ------------------------------------------------------------ people
    def address(self, region=None):
        region = region or self.region
        rng = self.rng
        if region == 'QC':
            city, fsa = self.choice(QC_CITIES)
            street = '%d, %s' % (rng.randrange(10, 9999), self.choice(QC_STREETS)) if self.fr else \
                '%d %s' % (rng.randrange(10, 9999), self.choice(QC_STREETS))
            if self.chance(0.3):
                street += (', app. %d' if self.fr else ', apt %d') % rng.randrange(1, 40)
            prov = 'QC'
        else:
            city, fsa = self.choice(ON_CITIES)
            street = '%d %s' % (rng.randrange(10, 9999), self.choice(ON_STREETS))
            if self.chance(0.3):
                street = 'Unit %d - ' % rng.randrange(1, 40) + street
            prov = 'ON'
        pc = '%s %d%s%d' % (fsa, rng.randrange(10), self.choice('ABCEGHJKLMNPRSTVWXYZ'), rng.randrange(10))
        return (street, city, prov, pc)

    def fmt_address(self, adr):
        return '%s, %s (%s) %s' % adr if self.fr else '%s, %s, %s %s' % adr

    def patient(self, nam=False, min_age=0, max_age=97, sex=None, region=None, hosp=None):
        rng = self.rng
        region = region or self.region or 'QC'
        if nam:
            region = 'QC'
            p = self.take_nam(min_age, max_age)
        else:
            lo = self.today.year - max_age
            hi = self.today.year - min_age - 1
            p = C.invent_person(rng, self.lang, region, sex=sex, dob_range=(max(lo, 1920), min(hi, 2024)))
        p['age'] = C.age_at(p['dob'], self.today)
        p['adr'] = self.address(region)
        area = (hosp or {}).get('area') or self.choice(['514', '418', '819', '450'] if region == 'QC'
                                                       else ['613', '416', '905', '705'])
        p['tel'] = C.phone(rng, area)
        p['cell'] = C.phone(rng, area)
        p['email'] = '%s%d@%s' % (C.email_local(p).split('.')[0][0] + C.email_local(p).split('.')[-1],
                                  rng.randrange(10, 99), self.choice(PERSONAL_DOMAINS))
        if hosp:
            p['mrn'] = C.make_mrn(rng, hosp)
        if region == 'ON' and not nam:
            p['ohip'] = C.make_ohip(rng)
        return p

    def take_nam(self, min_age, max_age):
        pool = self.nampool
        for k in range(len(pool.items)):
            h = pool.items[(pool.i + k) % len(pool.items)]
            age = C.age_at(h['dob'], self.today)
            if min_age <= age <= max_age and h['nam'] not in pool.used:
                pool.used.append(h['nam'])
                return dict(h)
        h = pool.take()
        return h

    def name(self, p, style=None):
        return C.name_as(p, self.rng, self.lang, style)

    def dob(self, p):
        return C.fmt_dob(p['dob'], self.lang, self.rng)

    def nam(self, p, allow_fw=True):
        return C.fmt_nam(p['nam'], self.rng, allow_fw)

    def mrn(self, p):
        return C.fmt_mrn(p['mrn'], self.rng)

    def doctor(self, specialty=None):
        return C.doctor(self.rng, self.lang, self.region or 'QC', specialty)

    def pharmacist(self, hosp=False):
        return C.pharmacist(self.rng, self.lang, self.region or 'QC', hosp)

    def g(self, p, masc, fem):
        return fem if p.get('sex') == 'F' else masc

    def staff(self, role=None):
        return C.staff(self.rng, self.lang, role)

    def addr_of(self, person, domain):
        return '%s@%s' % (C.email_local(person), domain)

    def generic_addr(self, local, domain):
        return '%s@%s' % (local, domain)

    # ------------------------------------------------------------ prose bits
    def greet(self, person=None, formal=None):
        formal = self.chance(0.6) if formal is None else formal
        if person is None:
            return self.choice(['Bonjour,', 'Bonjour à tous,', 'Bonjour à l\'équipe,', 'Allo,']) if self.fr else \
                self.choice(['Hi,', 'Hello,', 'Hi all,', 'Good morning,', 'Hello team,'])
        if self.fr:
            if formal and person.get('title') in ('Dr', 'Dre'):
                return '%s %s %s,' % (self.choice(['Bonjour', 'Bonjour']), person['title'], person['surname'])
            return self.choice(['Bonjour %s,', 'Salut %s,', 'Bonjour %s,', '%s,']) % person['given']
        if formal and person.get('title', '').startswith('Dr'):
            return '%s Dr. %s,' % (self.choice(['Dear', 'Hello', 'Hi']), person['surname'])
        return self.choice(['Hi %s,', 'Hello %s,', '%s -', 'Good morning %s,']) % person['given']

    def close(self):
        return self.choice(['Merci!', 'Merci beaucoup,', 'Bonne journée,', 'Cordialement,', 'Merci à l\'avance,',
                            'Bien à vous,', 'Merci et bonne fin de journée']) if self.fr else \
            self.choice(['Thanks,', 'Thank you,', 'Best regards,', 'Regards,', 'Thanks in advance,', 'Cheers,',
                         'Many thanks,'])

    def signature(self, person, org, role=None, phone=None, fax=None, lic=True):
        lines = ['-- '] if self.chance(0.35) else ['']
        lines.append(person.get('disp') or person['full'])
        r = role or person.get('title') or person.get('role')
        if r and not person.get('disp'):
            lines.append(r)
        elif person.get('spec'):
            lines.append(person['spec'])
        if lic and person.get('lic') and self.chance(0.7):
            lines.append(person['lic'])
        lines.append(org['name'])
        if self.chance(0.5) and org.get('street'):
            lines.append('%s, %s' % (org['street'], org.get('city', '')))
        area = org.get('area', '514')
        lines.append(self.L('Tél. : ', 'Tel: ') + (phone or C.phone(self.rng, area)) +
                     (self.L(' poste ', ' ext. ') + str(self.rng.randrange(2000, 7999)) if self.chance(0.4) else ''))
        if fax or self.chance(0.5):
            lines.append(self.L('Téléc. : ', 'Fax: ') + (fax or C.phone(self.rng, area)))
        return '\n'.join(lines)

    def disclaimer(self):
        if self.fr:
            return self.choice([
                'AVIS DE CONFIDENTIALITÉ : Ce courriel et les pièces jointes sont destinés uniquement au(x) '
                'destinataire(s) visé(s) et peuvent contenir des renseignements confidentiels. Si vous l\'avez '
                'reçu par erreur, veuillez en aviser l\'expéditeur et le détruire.',
                'Ce message est confidentiel. Toute diffusion non autorisée est interdite.',
                'Le présent courriel peut contenir des renseignements personnels protégés par la Loi sur les '
                'services de santé et les services sociaux.'])
        return self.choice([
            'CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is intended only for the named '
            'recipient(s) and may contain personal health information. If you received it in error, please '
            'notify the sender and delete it.',
            'This message may contain confidential information protected under PHIPA. Unauthorized use is '
            'prohibited.',
            'Please consider the environment before printing this e-mail.'])

    def quote(self, text, who, when, style=None):
        style = self.rng.randrange(3) if style is None else style
        if style == 0:
            head = ('Le %s, %s a écrit :' % (C.fmt_date(when.date(), 'fr', 0) + ' à ' + when.strftime('%H:%M'), who)
                    if self.fr else 'On %s at %s, %s wrote:' % (C.fmt_date(when.date(), 'en', 0),
                                                                  when.strftime('%I:%M %p').lstrip('0'), who))
            return head + '\n' + '\n'.join('> ' + l if l else '>' for l in text.split('\n'))
        if style == 1:
            if self.fr:
                head = ('-----Message d\'origine-----\nDe : %s\nEnvoyé : %s %s\nObjet : ' %
                        (who, C.fmt_day(when.date(), 'fr'), when.strftime('%H:%M')))
            else:
                head = ('-----Original Message-----\nFrom: %s\nSent: %s %s\nSubject: ' %
                        (who, C.fmt_day(when.date(), 'en'), when.strftime('%I:%M %p')))
            return head + '{SUBJ}\n\n' + text
        if self.fr:
            head = '________________________________\nDe : %s\nEnvoyé : %s\nÀ : {TO}\nObjet : {SUBJ}\n' % (
                who, C.fmt_date(when.date(), 'fr', 0) + ' ' + when.strftime('%H:%M'))
        else:
            head = '________________________________\nFrom: %s\nSent: %s\nTo: {TO}\nSubject: {SUBJ}\n' % (
                who, C.fmt_date(when.date(), 'en', 0) + ' ' + when.strftime('%H:%M'))
        return head + '\n' + text

    def forward_head(self, who, when, to, subj):
        if self.fr:
            return ('---------- Message transféré ---------\nDe : %s\nDate : %s\nObjet : %s\nÀ : %s\n' %
                    (who, C.fmt_day(when.date(), 'fr') + ' ' + str(when.year) + ' à ' + when.strftime('%H:%M'), subj, to))
        return ('---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n' %
                (who, C.fmt_day(when.date(), 'en') + ', ' + str(when.year) + ' at ' + when.strftime('%I:%M %p'), subj, to))

    def earlier(self, hours_lo=1, hours_hi=72):
        return self.when - _dt.timedelta(hours=self.rng.randrange(hours_lo, hours_hi), minutes=self.rng.randrange(60))

    def msgid(self, domain):
        return '<%s.%08x@%s>' % (self.when.strftime('%Y%m%d%H%M%S'), self.rng.getrandbits(32), domain)

    def mailer_headers(self):
        hs = []
        x = self.choice([None, 'Microsoft Outlook 16.0', 'Microsoft Outlook 16.0', 'Apple Mail (2.3774.300)',
                         'Mozilla Thunderbird 128.3.1', 'Zimbra 9.0.0_GA', 'RxFax2Mail 4.2', None])
        if x:
            hs.append(('X-Mailer', x))
        if self.chance(0.15):
            hs.append(('Importance', 'High'))
        if self.chance(0.1):
            hs.append(('X-Priority', '1'))
        return hs

    def spec(self, category, subject, text, from_, to, cc=None, html=None, mode=None, attachments=(),
             note='', extra_headers=(), charset=None, cte=None, reply_to_id=None):
        hdrs = list(self.mailer_headers()) + list(extra_headers)
        if reply_to_id:
            hdrs.append(('In-Reply-To', reply_to_id))
            hdrs.append(('References', reply_to_id))
        return {'category': category, 'subject': subject, 'text': text, 'html': html, 'mode': mode,
                'from_': from_, 'to': to, 'cc': cc or [], 'attachments': list(attachments),
                'date': self.when, 'msgid': self.msgid(from_[1].split('@')[-1]), 'lang': self.lang,
                'headers': hdrs, 'types': list(self.types), 'note': note, 'charset': charset, 'cte': cte}


def join(*blocks):
    return '\n\n'.join(b for b in blocks if b)
