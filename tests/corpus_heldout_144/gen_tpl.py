"""Helpers and clinical vocabulary shared by the message templates."""
import datetime

from gen_common import SITES, UNITS_EN, UNITS_FR, phone, address, staff_by
from gen_mime import Att, Mail
from gen_docs import pdf_doc, docx_doc, xlsx_doc, csv_doc, ics_doc, vcard_doc, zip_doc

EXT = {
    'gmf': 'gmf-riviere-noire.example',
    'fht': 'riverside-fht.example',
    'clsc': 'cisss-valaurele.example',
    'pharm_qc': 'pharmacie-beaulac.example',
    'pharm_on': 'carrickpharmacy.example',
    'cnesst': 'cnesst.example',
    'ins_qc': 'assurboreale.example',
    'ins_on': 'northgatelife.example',
    'wsib': 'wsib.example',
    'transport': 'transport-adapte-outaouais.example',
    'dpj': 'dpj-valaurele.example',
    'cas': 'hartwell-cas.example',
    'ow': 'ontarioworks-hartwell.example',
    'supplier': 'medisupply-nord.example',
    'supplier2': 'boreal-surgical.example',
    'lab': 'biolab-deuxrives.example',
    'mutual': 'mutualite-ardenne.example',
    'cpam': 'assistance-voyage-hexagone.example',
    'personal': ['courriel.example', 'mailbox.example', 'videotron-perso.example', 'netmail.example'],
    'conf': 'congres-cpq.example',
    'found': 'fondation-deuxrives.example',
    'univ': 'univ-outaouais-med.example',
}

# --------------------------------------------------------------------------
# clinical vocabulary
# --------------------------------------------------------------------------
BURN_FR = [
    'brûlure par flamme 2e degré profond, tronc et membre supérieur D, {tbsa} % SCT',
    'ébouillantage (liquide chaud) thorax antérieur et cuisse G, {tbsa} % SCT',
    'brûlure électrique haute tension, main G et avant-bras, fasciotomie faite',
    'brûlure chimique (acide) avant-bras D, 3 % SCT',
    'brûlure de contact (poêle à bois) paume D, pleine épaisseur',
    'brûlure par flamme visage et cou, {tbsa} % SCT, inhalation suspectée',
    'brûlure par friction (route) épaule et flanc D, {tbsa} % SCT',
]
BURN_EN = [
    'partial-thickness scald, {tbsa}% TBSA, anterior trunk and L thigh',
    'flame burn {tbsa}% TBSA with suspected inhalation injury',
    'full-thickness contact burn R palm (wood stove)',
    'high-voltage electrical injury L hand/forearm, fasciotomy done',
    'chemical burn (hydrofluoric acid) R index and middle fingers',
    'deep partial-thickness flame burn both lower legs, {tbsa}% TBSA',
    'grease burn face and dorsum of both hands, {tbsa}% TBSA',
]
RECON_FR = [
    ('carcinome canalaire infiltrant sein G, mastectomie totale', 'reconstruction mammaire différée par lambeau DIEP'),
    ('carcinome lobulaire sein D, mastectomie avec radiothérapie', 'reconstruction par expandeur puis prothèse'),
    ('mélanome jambe D (Breslow 1,8 mm)', 'reprise d\u2019exérèse avec marges de 2 cm et greffe de peau mince'),
    ('carcinome basocellulaire aile du nez', 'reconstruction par lambeau frontal paramédian'),
    ('carcinome épidermoïde du cuir chevelu', 'exérèse et greffe de peau totale'),
    ('sarcome des tissus mous cuisse G', 'couverture par lambeau antérolatéral de cuisse'),
    ('lymphœdème MS G post-curage axillaire', 'anastomoses lymphatico-veineuses'),
]
RECON_EN = [
    ('invasive ductal carcinoma L breast, s/p mastectomy', 'delayed DIEP flap breast reconstruction'),
    ('BRCA2 carrier, bilateral prophylactic mastectomy', 'tissue expander to implant exchange'),
    ('melanoma R forearm (Breslow 2.1 mm)', 'wide local excision with split-thickness skin graft'),
    ('basal cell carcinoma nasal tip', 'bilobed flap reconstruction'),
    ('squamous cell carcinoma of the scalp', 'excision and full-thickness skin graft'),
    ('soft-tissue sarcoma L thigh', 'ALT free flap coverage'),
    ('breast-cancer related lymphedema L arm', 'lymphovenous bypass'),
]
HAND_FR = [
    'section des tendons fléchisseurs FDP et FDS zone II, 4e doigt D',
    'fracture non déplacée du scaphoïde G',
    'maladie de Dupuytren, contracture de 60° MCP du 5e doigt D',
    'syndrome du canal carpien bilatéral, EMG positif',
    'amputation traumatique P3 de l\u2019index D (scie à onglets)',
    'doigt à ressaut 3e doigt D',
    'lacération du nerf digital radial, 2e doigt G',
    'fracture du 5e métacarpien D (boxeur)',
]
HAND_EN = [
    'zone II flexor tendon laceration (FDP/FDS) R ring finger',
    'non-displaced L scaphoid waist fracture',
    'Dupuytren contracture R small finger, 55 degrees at the MCP',
    'bilateral carpal tunnel syndrome, positive nerve conduction study',
    'traumatic amputation R index fingertip (table saw)',
    'R middle trigger finger',
    'radial digital nerve laceration L index',
    'R 5th metacarpal neck fracture',
]
MEDS_FR = [
    'céphalexine 500 mg PO QID x 7 jours', 'hydromorphone 1 mg PO q4h PRN', 'acétaminophène 1 g PO QID',
    'gabapentine 300 mg PO TID', 'enoxaparine 40 mg SC die', 'Flamazine (sulfadiazine d\u2019argent) 1 % BID',
    'clindamycine 300 mg PO QID', 'oxycodone 5 mg PO q6h PRN', 'prégabaline 75 mg BID',
    'naproxène 500 mg BID avec repas', 'Mepilex Ag changé q72h', 'tamoxifène 20 mg die',
]
MEDS_EN = [
    'cephalexin 500 mg PO QID x 7 days', 'hydromorphone 1 mg PO q4h PRN', 'acetaminophen 1 g PO QID',
    'gabapentin 300 mg PO TID', 'enoxaparin 40 mg SC daily', 'silver sulfadiazine 1% cream BID',
    'clindamycin 300 mg PO QID', 'oxycodone 5 mg PO q6h PRN', 'pregabalin 75 mg BID',
    'naproxen 500 mg BID with food', 'Mepilex Ag changed q72h', 'letrozole 2.5 mg daily',
]
LABS_FR = [
    'Hb 84 g/L', 'GB 14,2 x10^9/L', 'albumine 22 g/L', 'CRP 148 mg/L', 'K+ 3,1 mmol/L', 'créat 112 µmol/L',
    'INR 1,4', 'plaquettes 96 x10^9/L', 'lactate 2,8', 'préalbumine 0,11 g/L', 'glycémie 14,6 mmol/L',
]
LABS_EN = [
    'Hb 86 g/L', 'WBC 15.1', 'albumin 21 g/L', 'CRP 162', 'K 3.2', 'Cr 118', 'INR 1.3', 'plt 102',
    'lactate 3.1', 'prealbumin 0.10', 'glucose 13.8', 'Na 131',
]
CULTURE_FR = ['culture de plaie : Pseudomonas aeruginosa ++', 'culture de plaie : SARM +', 'hémoculture 1/2 : S. epidermidis (contaminant probable)',
              'culture de plaie : Staphylococcus aureus sensible', 'biopsie quantitative > 10^5 UFC/g']
CULTURE_EN = ['wound swab: Pseudomonas aeruginosa, heavy growth', 'wound swab: MRSA isolated',
              'blood culture 1 of 2: coag-negative staph (likely contaminant)',
              'tissue culture: Enterobacter cloacae, ESBL', 'quantitative biopsy > 10^5 CFU/g']
SOCIAL_FR = [
    'vit seul{e} dans un logement non adapté (3e étage sans ascenseur)',
    'sans domicile fixe depuis l\u2019automne, hébergé{e} au refuge',
    'prestataire de l\u2019aide sociale, ne peut pas payer les pansements',
    'signalement à la DPJ fait le {date}',
    'contexte de violence conjugale rapporté, plan de sécurité en cours avec le TS',
    'sous curatelle publique, la curatrice doit signer le consentement',
    'proche aidant{e} de son conjoint atteint d\u2019Alzheimer, épuisement',
]
SOCIAL_EN = [
    'lives alone in a 3rd-floor walk-up, no supports',
    'currently homeless, staying at the shelter on Carrick St',
    'on Ontario Works, cannot afford dressing supplies',
    'CAS was notified on {date}',
    'disclosed intimate partner violence; SW working on a safety plan',
    'on ODSP; substitute decision maker is the Public Guardian',
    'recently arrived refugee claimant, IFH coverage only',
]


def recon_for(rng, p, lang):
    pool = RECON_FR if lang == 'fr' else RECON_EN
    if p.sex == 'M':
        pool = [r for r in pool if not any(k in (r[0] + r[1]) for k in ('sein', 'mammaire', 'breast', 'BRCA', 'lymph'))]
    return rng.choice(pool)


def fill(s, rng, p=None, date=''):
    e = (p.e() if p else '')
    return s.format(tbsa=rng.choice([4, 6, 9, 12, 15, 18, 22, 27, 34]), e=e, date=date)


def mk(ctx, lang, cat, note, conf=True):
    return Mail(ctx, lang, cat, note, conf)


def addr_of(st, lang):
    return (st.titled(lang), st.email)


def ext_addr(rng, kind, local):
    dom = EXT[kind]
    if isinstance(dom, list):
        dom = rng.choice(dom)
    return '%s@%s' % (local, dom)


def greet(rng, lang, name=None):
    if lang == 'fr':
        opts = ['Bonjour,', 'Bonjour %s,' % name if name else 'Bonjour à tous,', 'Salut %s,' % name if name else 'Salut,',
                'Allô,', 'Bon matin,']
    else:
        opts = ['Hi,', 'Hi %s,' % name if name else 'Hello all,', 'Hello,', 'Good morning,',
                '%s -' % name if name else 'Hi team,']
    return rng.choice(opts)


def close(rng, lang):
    if lang == 'fr':
        return rng.choice(['Merci!', 'Merci beaucoup,', 'Bonne journée,', 'Merci à l\u2019avance,', 'Cordialement,', 'Merci'])
    return rng.choice(['Thanks,', 'Thank you,', 'Thanks!', 'Best,', 'Regards,', 'Cheers,'])


def sign(rng, st, lang):
    r = rng.random()
    if r < 0.45:
        return st.signature(lang)
    if r < 0.8:
        return st.signature(lang, short=True)
    return st.given


def later(rng, dt, lo=1, hi=21, hour=None):
    d = dt.date() + datetime.timedelta(days=rng.randrange(lo, hi))
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    h = hour if hour is not None else rng.choice([8, 9, 10, 11, 13, 14, 15])
    return datetime.datetime(d.year, d.month, d.day, h, rng.choice([0, 15, 30, 45]))


def earlier(rng, dt, lo=1, hi=10):
    return dt - datetime.timedelta(days=rng.randrange(lo, hi), hours=rng.randrange(0, 6), minutes=rng.randrange(60))


def hhmm(dt, lang):
    return ('%dh%02d' % (dt.hour, dt.minute)) if lang == 'fr' else dt.strftime('%I:%M %p').lstrip('0')


def dshort(d, lang):
    from gen_common import FR_MONTHS, EN_MONTHS
    if lang == 'fr':
        return '%d %s' % (d.day, FR_MONTHS[d.month - 1])
    return '%s %d' % (EN_MONTHS[d.month - 1][:3], d.day)


def letterhead(site, unit, lang):
    s = SITES[site]
    u = (UNITS_FR if lang == 'fr' else UNITS_EN)[unit]
    tel = '%s-555-01%02d' % (s['area'], (len(u) * 7) % 100)
    return [s[lang], u + ' \u2014 ' + (('Réseau de santé Deux-Rives') if lang == 'fr' else 'Two Rivers Health Network'),
            '%s, %s %s' % (s['addr'], s['city'], s['pc']),
            ('Tél. %s  Téléc. %s' if lang == 'fr' else 'Tel %s  Fax %s') % (tel, '%s-555-01%02d' % (s['area'], (len(u) * 11) % 100))]


def att_pdf(fn, blocks, **kw):
    return Att(fn, pdf_doc(blocks, **kw), 'application/pdf')


def att_docx(fn, blocks, **kw):
    return Att(fn, docx_doc(blocks, **kw),
               'application/vnd.openxmlformats-officedocument.wordprocessingml.document')


def att_xlsx(fn, sheets, **kw):
    return Att(fn, xlsx_doc(sheets, **kw), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')


def att_csv(fn, rows, rng, **kw):
    enc = kw.pop('encoding', rng.choice(['utf-8', 'windows-1252', 'utf-8']))
    try:
        data = csv_doc(rows, encoding=enc, **kw)
    except UnicodeEncodeError:
        enc = 'utf-8'
        data = csv_doc(rows, encoding=enc, **kw)
    return Att(fn, data, 'text/csv', charset=enc)


def att_ics(fn, events, **kw):
    return Att(fn, ics_doc(events, **kw), 'text/calendar', charset='utf-8', params=['method=REQUEST'])


def att_vcf(fn, cards):
    return Att(fn, vcard_doc(cards), 'text/vcard', charset='utf-8')


def att_zip(fn, members, when=None):
    return Att(fn, zip_doc(members, when), 'application/zip')


def att_eml(fn, inner):
    return Att(fn, b'', 'message/rfc822', inner=inner)


def uid(rng, dom):
    return '%s-%s@%s' % (''.join(rng.choice('0123456789abcdef') for _ in range(12)),
                         ''.join(rng.choice('0123456789abcdef') for _ in range(6)), dom)


__all__ = [n for n in dir() if not n.startswith('__')]
