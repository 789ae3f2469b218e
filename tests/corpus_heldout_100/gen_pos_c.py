"""Positive templates, part C: subject/file-name leaks, patients' mail, replies, forwards,
other jurisdictions' identifiers, social situations, disguised identifiers."""
import datetime

from gen_common import (HOSP, GMF, SUPPLIER, CI_MAKER, CPAP, PERSONAL, CIUSSS, SCHOOL, DPJ, ONT, FRH, BEH,
                        addr_of, fmt_dob, name_form)
from gen_clin import audiogram, audiogram_lines, psg
from gen_files import make_pdf, make_docx
from gen_ids import nam_fmt, mrn_fmt, date_fmt, sin_fmt, ohip_fmt, niss_fmt, nir_fmt, strip_accents
from gen_mime import Att, render


def _pmail(c, p):
    base = strip_accents(f'{p.given}.{p.surname}').lower().replace(' ', '').replace("'", '')
    return c.pick([base, base.replace('.', '_'), f'{base}{c.rng.randint(50, 99)}',
                   f'{p.given[0]}{p.surname}'.lower()]).encode('ascii', 'ignore').decode() + '@' + c.pick(PERSONAL)


def subject_only(c):
    lang = c.pick(['fr', 'fr', 'en'])
    sender, to = c.staff(), c.staff()
    v = c.rng.randint(0, 3)
    if v == 0:
        p = c.ids.holder(1940, 2004)
        subj = (f'NAM {nam_fmt(p.nam, c.pick(["plain", "space"]))} - PSG à reprogrammer (IAH {c.rng.randint(30, 70)})' if lang == 'fr'
                else f'RAMQ {p.nam} - repeat PSG, AHI {c.rng.randint(30, 70)}')
        types = ['ramq_nam', 'lab_result']
        note = 'Subject-only leak: NAM + sleep study value'
    elif v == 1:
        p = c.ids.patient(1940, 2004)
        subj = c.pick([f'{p.surname} {p.given} - surdité brusque OG, prednisone débutée', f'RE: {p.rev} - cholestéatome récidivant, TDM?'] if lang == 'fr'
                      else [f'{p.surname}, {p.given} - SSNHL left, started prednisone', f'RE: {p.full} - recurrent cholesteatoma, CT?'])
        types = ['patient_name', 'diagnosis'] + (['medication'] if 'predni' in subj else [])
        note = 'Subject-only leak: name + diagnosis'
    elif v == 2:
        p = c.ids.patient(1940, 2004)
        subj = (f'TR: résultat audio {p.full.lower()} - MSP {c.rng.randint(40, 90)} dB OD' if lang == 'fr'
                else f'FW: audio result {p.full.lower()} - PTA {c.rng.randint(40, 90)} dB RE')
        types = ['patient_name', 'lab_result']
        note = 'Subject-only leak: lowercase name + audiometric value'
    else:
        p = c.ids.patient(1940, 2004)
        subj = (f'Dossier {mrn_fmt(p.mrn, "site")} - {p.given[0]}. {p.surname} - apnée sévère, PPC refusée' if lang == 'fr'
                else f'Chart {mrn_fmt(p.mrn, "site")} - {p.given[0]}. {p.surname} - severe OSA, declined CPAP')
        types = ['mrn', 'patient_name', 'diagnosis']
        note = 'Subject-only leak: MRN + initial/surname + diagnosis'
    body = c.pick([f"{c.greet(lang)}\n\n{'Peux-tu regarder quand tu as une minute? Merci' if lang == 'fr' else 'Can you take a look when you have a minute? Thanks'}\n\n{sender.given}",
                   f"{'Voir objet.' if lang == 'fr' else 'See subject.'}\n\n{c.signature(sender, lang, short=True)}",
                   f"{c.greet(lang, to.given)}\n\n{'À discuter demain à la réunion.' if lang == 'fr' else 'To discuss at tomorrow huddle.'}\n\n{c.closing(lang)}\n{sender.given}"])
    return c.spec(lang, (sender.full, addr_of(sender, HOSP)), [(to.full, addr_of(to, HOSP))], subj, body, types, note)


def filename_only(c):
    lang = c.pick(['fr', 'en'])
    sender, to = c.staff(), c.staff()
    if c.rng.random() < 0.6:
        p = c.ids.holder(1935, 2020)
        fn = c.pick([f'Audiogramme_{p.surname}_{p.given}_{p.nam}.pdf', f'PEATC {p.surname.upper()} {p.given} {p.nam}.pdf',
                     f'{p.nam}_{p.surname}_tympano.pdf'])
        types = ['patient_name', 'ramq_nam']
        note = 'File-name-only leak: name + NAM in attachment name; PDF is an image-only scan'
    else:
        p = c.ids.patient(1935, 2010)
        fn = c.pick([f'PSG_apnee_severe_{p.surname}_{p.given}.pdf', f'Stroboscopie - nodules - {p.full}.pdf',
                     f'{p.surname}, {p.given} - cholesteatoma CT report.pdf'])
        types = ['patient_name', 'diagnosis']
        note = 'File-name-only leak: name + diagnosis in attachment name; PDF is an image-only scan'
    a = audiogram(c.rng, c.pick(['presby', 'profound', 'conductive']))
    pdf = make_pdf('scan', [], text=False, graph=[a['right'], a['left']], compress=True)
    body = c.pick([f"{c.greet(lang)}\n\n{'Ci-joint comme demandé.' if lang == 'fr' else 'Attached as requested.'}\n\n{sender.given}",
                   f"{'Document numérisé - voir pièce jointe.' if lang == 'fr' else 'Scanned document - see attachment.'}\n\n"
                   f"{'Envoyé depuis le numériseur Ricoh MP-C3004, 3e étage' if lang == 'fr' else 'Sent from Ricoh MP-C3004 scanner, 3rd floor'}",
                   f"{c.greet(lang, to.given)}\n\n{'Pour ton dossier, merci!' if lang == 'fr' else 'For your file, thanks!'}\n\n{c.signature(sender, lang)}"])
    subj = c.pick(['Document numérisé', 'Scan', 'PJ', 'Ci-joint']) if lang == 'fr' else c.pick(['Scanned document', 'Scan', 'attachment', 'As requested'])
    return c.spec(lang, (sender.full, addr_of(sender, HOSP)), [(to.full, addr_of(to, HOSP))], subj, body, types, note,
                  attachments=[Att(fn, c.pick(['application/pdf', 'application/octet-stream']), pdf)])


def patient_email_fr(c):
    with_nam = c.rng.random() < 0.5
    p = c.ids.holder(1945, 2000) if with_nam else c.ids.patient(1945, 1998)
    sec, md = c.staff('F'), c.staff()
    pm = _pmail(c, p)
    namline = f"Mon numéro d'assurance maladie : {nam_fmt(p.nam, c.pick(['plain', 'space', 'lower']))}\n" if with_nam else ''
    dt = c.now - datetime.timedelta(hours=c.rng.randint(3, 40))
    med = c.pick(['le Serc 24 mg deux fois par jour', 'la prednisone (60 mg) que le Dr m\'a donnée', 'les gouttes Ciprodex', 'le Flonase et les rinçages'])
    orig = f"""Bonjour,

Je suis {'une patiente' if p.sex == 'F' else 'un patient'} du Dr {md.surname}. Depuis notre dernier rendez-vous, mes {c.pick(['acouphènes sont pires, surtout le soir', 'vertiges sont revenus trois fois cette semaine, avec des nausées', 'oreilles coulent encore malgré le traitement', 'ronflements et réveils la nuit continuent'])}. Je prends {med} comme prescrit.
Est-ce que je peux avoir un rendez-vous plus tôt que le {date_fmt(c.future(20, 60), 'fr')}? Je suis disponible en tout temps, vous pouvez me rejoindre au {p.phone}.
{namline}
Merci beaucoup
{p.full}"""
    fwd = f"""---------- Message transféré ---------
De : {p.full} <{pm}>
Date : {c.day_str(dt.date(), 'fr')} {dt.year} à {dt:%H:%M}
Objet : {c.pick(['Rendez-vous', 'question', 'Suivi ORL', 'mes oreilles'])}
À : <info.orl@{HOSP}>

{orig}"""
    body = f"""{c.greet('fr', c.drs(md, 'fr'))}

{c.pick(["Message reçu dans la boîte de la clinique. Je lui offre la plage d'annulation de jeudi?", f"Pour ton information. Veux-tu que je {'la' if p.sex == 'F' else 'le'} devance?", 'Voir ci-dessous, à prioriser?'])}

{sec.given}

{fwd}"""
    return c.spec('fr', (sec.full, addr_of(sec, HOSP)), [(c.dr(md, 'fr'), addr_of(md, HOSP))],
                  c.pick(['TR: Rendez-vous', 'Tr: question patient', 'TR: Suivi ORL']), body,
                  ['patient_name', 'diagnosis', 'medication', 'patient_contact'] + (['ramq_nam'] if with_nam else []),
                  "Patient's own e-mail forwarded inline by clinic clerk")


def patient_email_en(c):
    child = c.ids.patient(2012, 2021)
    par = c.ids.patient(1978, 1995)
    par_surname = child.surname
    coord, aud = c.staff(), c.staff()
    pm = strip_accents(f'{par.given}.{par_surname}').lower().replace(' ', '').replace("'", '') + '@' + c.pick(PERSONAL)
    orig = f"""Hello,

My {'son' if child.sex == 'M' else 'daughter'} {child.given} {child.surname} (born {fmt_dob(child.dob, 'en', c.rng)}) has a cochlear implant on the {c.pick(['right', 'left'])} side since {c.rng.randint(2019, 2023)}. The processor {c.pick(["fell off at recess and we can't find it", 'stopped working after swimming', "keeps giving a red light and the coil won't stay on"])}. {'He' if child.sex == 'M' else 'She'} has a math test Friday and can't hear the teacher without it.
Is there a loaner processor? You can call me at {par.phone} or reply here.

Thank you,
{par.given} {par_surname}"""
    body = f"""{c.greet('en', aud.given)}

{c.pick(['Forwarding from the CI inbox - can you check loaner stock?', 'See below, urgent for school.', 'FYI - parent e-mail, please call back today if possible.'])}

{coord.given}

-----Original Message-----
From: {par.given} {par_surname} <{pm}>
Sent: {c.day_str((c.now - datetime.timedelta(hours=5)).date(), 'en')} {c.now.year}
To: CI Program <implant.cochleaire@{HOSP}>
Subject: {c.pick(['processor problem', 'Urgent - CI', 'loaner?'])}

{orig}"""
    return c.spec('en', (coord.full, addr_of(coord, HOSP)), [(aud.full, addr_of(aud, HOSP))],
                  c.pick(['FW: processor problem', 'Fw: Urgent - CI', 'FW: loaner?']), body,
                  ['patient_name', 'date_of_birth', 'diagnosis', 'patient_contact'],
                  "Parent's e-mail about child's cochlear implant forwarded (Outlook style)")


def reply_quoted(c):
    lang = c.pick(['fr', 'en'])
    a, b = c.staff(), c.staff()
    with_nam = c.rng.random() < 0.5
    p = c.ids.holder(1940, 2010) if with_nam else c.ids.patient(1940, 2010)
    mrn = nam_fmt(p.nam, c.pick(['plain', 'space', 'lower'])) if with_nam else mrn_fmt(p.mrn, c.pick(['plain', 'site', 'slash']))
    s = psg(c.rng)
    pr = 'la' if p.sex == 'F' else 'le'
    if lang == 'fr':
        orig = c.pick([
            f"Salut,\nPourrais-tu voir {name_form(p, 'fr', c.rng)} ({mrn}) cette semaine? Perforation tympanique traumatique OD après un coton-tige, otorrhée, sous ofloxacine gouttes. Audiogramme fait : MSP OD {c.rng.randint(25, 45)} dB, Rinne négatif.\nMerci",
            f"Bonjour,\n{name_form(p, 'fr', c.rng)} ({mrn}) : IAH {s['ahi']}/h à la PSG, intolérance à la PPC (claustrophobie). Candidat{'e' if p.sex == 'F' else ''} à une orthèse d'avancement mandibulaire? Peux-tu {pr} voir en consultation?\nMerci"])
        top = c.pick([f'Parfait, je {pr} mets jeudi à 10h.', 'Ok pour moi, envoie la requête.', f'Oui, je peux {pr} voir en fin de journée.', "Vu. Je m'en occupe."])
        subj = c.pick(['RE: Demande de consultation', 'RE: Petit service', 'RE: cas à voir'])
    else:
        orig = c.pick([
            f"Hi,\nCould you see {name_form(p, 'en', c.rng)} ({mrn}) this week? Traumatic right TM perforation from a Q-tip, otorrhea, on ofloxacin drops. Audiogram done: PTA RE {c.rng.randint(25, 45)} dB, Rinne negative.\nThanks",
            f"Hello,\n{name_form(p, 'en', c.rng)} ({mrn}): AHI {s['ahi']}/h on PSG, can't tolerate CPAP (claustrophobia). Candidate for a mandibular advancement device? Could you see them in consult?\nThanks"])
        top = c.pick(['Sure, booked Thursday 10 AM.', 'OK, send the request.', 'Yes, I can see them end of day.', 'Got it.'])
        subj = c.pick(['RE: Consult request', 'RE: quick favour', 'Re: patient to see'])
    body = f"{top}\n\n{b.given}\n" + c.quoted(lang, a.full, addr_of(a, HOSP), orig, subject=subj[4:], to=b.full)
    types = ['patient_name', 'ramq_nam' if with_nam else 'mrn', 'diagnosis', 'lab_result'] + (['medication'] if 'floxacin' in orig else [])
    return c.spec(lang, (b.full, addr_of(b, HOSP)), [(a.full, addr_of(a, HOSP))], subj, body, types,
                  'Short reply; patient details only in quoted history',
                  headers=[('In-Reply-To', f'<{c.rng.getrandbits(40):010x}@{HOSP}>')])


def forward_eml(c):
    lang = c.pick(['en', 'en', 'fr'])
    a, b, d = c.staff(), c.staff(), c.staff()
    with_nam = c.rng.random() < 0.5
    p = c.ids.holder(1940, 2005) if with_nam else c.ids.patient(1940, 2005)
    au = audiogram(c.rng, c.pick(['sshl', 'noise', 'presby']))
    dt = c.now - datetime.timedelta(days=c.rng.randint(1, 5))
    idl = (f'{"NAM" if lang == "fr" else "RAMQ"} {nam_fmt(p.nam, "plain")}' if with_nam else f'{"dossier" if lang == "fr" else "MRN"} {p.mrn}')
    if lang == 'en':
        itxt = f"""Hi {b.given},

Results for {p.full} ({idl}) seen today:
""" + '\n'.join(audiogram_lines(au, 'en')) + f"""
Asymmetric SNHL - MRI IAC recommended to rule out vestibular schwannoma.

{a.full}, Audiologist"""
        isubj = f'Audio results - {p.surname}'
        outer = f"{c.greet('en', d.given)}\n\n{c.pick(['See attached from audiology, please book the MRI.', 'FYI - forwarding as attachment.', 'Can you add this to the chart? Thanks.'])}\n\n{b.given}"
        osubj = c.pick(['FW: Audio results', 'Fwd: audiology', 'FW: results'])
    else:
        itxt = f"""Bonjour {b.given},

Résultats pour {p.full} ({idl}) vu{'e' if p.sex == 'F' else ''} aujourd'hui :
""" + '\n'.join(audiogram_lines(au, 'fr')) + f"""
Surdité neurosensorielle asymétrique - IRM des CAI recommandée (schwannome vestibulaire à éliminer).

{a.full}, audiologiste"""
        isubj = f'Résultats audio - {p.surname}'
        msg = c.pick(["Voir message joint, merci de booker l'IRM.", 'Pour info - transfert en pièce jointe.', 'Peux-tu ajouter au dossier?'])
        outer = f"{c.greet('fr', d.given)}\n\n{msg}\n\n{b.given}"
        osubj = c.pick(['TR: Résultats audio', 'Tr: audiologie', 'TR: résultats'])
    inner = c.inner_spec(lang, (a.full, addr_of(a, HOSP)), [(b.full, addr_of(b, HOSP))], isubj, itxt, dt)
    types = ['patient_name', 'lab_result', 'diagnosis'] + (['ramq_nam'] if with_nam else ['mrn'])
    return c.spec(lang, (b.full, addr_of(b, HOSP)), [(d.full, addr_of(d, HOSP))], osubj, outer, types,
                  'Forward as attachment (message/rfc822) carrying audiology results', inner=inner,
                  inner_name=c.pick([None, f'{isubj}.eml']))


def eml_octet(c):
    lang = c.pick(['fr', 'en'])
    a, b = c.staff(), c.staff()
    p = c.ids.patient(1950, 2005)
    dt = c.now - datetime.timedelta(days=c.rng.randint(1, 10))
    dx = c.pick([('nodules des cordes vocales', 'vocal fold nodules'), ('otosclérose bilatérale', 'bilateral otosclerosis'),
                 ('sinusite chronique avec polypes', 'chronic sinusitis with polyps')])
    if lang == 'fr':
        itxt = f"Bonjour,\nPour {p.full} (DDN {p.dob.isoformat()}) : {dx[0]}. Chirurgie proposée, consentement signé. Prendre rendez-vous préop.\n{a.given}"
        isubj = f'Suivi {p.surname}'
        outer = f"{c.greet('fr')}\n\nJe vous fais suivre l'échange (pièce jointe .eml) pour la planification.\n\n{b.full}"
        osubj = 'TR: Suivi'
    else:
        itxt = f"Hi,\nFor {p.full} (DOB {p.dob.isoformat()}): {dx[1]}. Surgery offered, consent signed. Please book pre-op.\n{a.given}"
        isubj = f'Follow-up {p.surname}'
        outer = f"{c.greet('en')}\n\nForwarding the thread (attached .eml) for scheduling.\n\n{b.full}"
        osubj = 'FW: Follow-up'
    inner = c.inner_spec(lang, (a.full, addr_of(a, HOSP)), [(b.full, addr_of(b, HOSP))], isubj, itxt, dt)
    ib, _ = render(inner, c.rng, f'e{c.n}', {'crlf': True, 'struct': 'plain'})
    return c.spec(lang, (b.full, addr_of(b, HOSP)), [('Planification chirurgicale', f'planif.chir@{HOSP}')], osubj, outer,
                  ['patient_name', 'date_of_birth', 'diagnosis'], 'Attached .eml as application/octet-stream with patient details',
                  attachments=[Att(c.pick(['message.eml', f'{isubj}.eml']), 'application/octet-stream', ib)])


def ohip_referral(c):
    p = c.ids.patient(1940, 2012)
    p.address = c.ids.address('ON')
    p.phone = c.ids.phone(c.pick(['613', '343']))
    num, ver = c.ids.ohip()
    md, clerk = c.staff(), c.staff()
    a = audiogram(c.rng, 'profound')
    style = c.pick(['dash', 'space', 'plain'])
    body = f"""{c.greet('en')}

Please accept this referral to your Cochlear Implant Program for assessment. The patient lives close to the border and prefers to be followed in Quebec.

Patient: {p.full}
DOB: {fmt_dob(p.dob, 'en', c.rng)}
Ontario Health Card: {ohip_fmt(num, ver, style)}
Address: {p.address}
Phone: {p.phone}

History: progressive bilateral sensorineural hearing loss, now severe-to-profound; poor benefit from hearing aids.
Latest audiogram:
""" + '\n'.join(audiogram_lines(a, 'en')) + f"""

Thank you,
{c.dr(md, 'en')}
Otolaryngology - Eastern Valley General Hospital
Tel 613-555-0190 / Fax 613-555-0191"""
    return c.spec('en', (c.dr(md, 'en'), addr_of(md, ONT)), [('CI Program', f'implant.cochleaire@{HOSP}')],
                  c.pick(['Referral - CI assessment', f'Referral: {p.full}', 'New referral (Ontario patient)']), body,
                  ['patient_name', 'date_of_birth', 'ca_health_number', 'patient_contact', 'diagnosis', 'lab_result'],
                  'Ontario referral with health-card number')


def nir_letter(c):
    sex = c.pick('MF')
    p = c.ids.patient(1960, 2004, sex)
    nir = c.ids.nir(p.dob, p.sex)
    md = c.staff()
    dx = c.pick([('un barotraumatisme de l\'oreille moyenne avec perforation tympanique gauche après un vol', 'ofloxacine gouttes auriculaires 10 gouttes die x 7 jours'),
                 ('une otite externe aiguë sévère (oreille du baigneur)', 'ciprofloxacine/dexaméthasone 4 gouttes BID x 7 jours'),
                 ('une surdité brusque droite', 'prednisone 60 mg die x 7 jours puis sevrage'),
                 ('une épistaxis postérieure ayant nécessité un méchage', 'acide tranexamique 1 g TID x 3 jours')])
    body = f"""Chère consœur, cher confrère,

{p.title('fr')} {p.full}, né{'e' if p.sex == 'F' else ''} le {fmt_dob(p.dob, 'fr', c.rng)}, n° de sécurité sociale {nir_fmt(nir, c.pick(['space', 'plain', 'dots']))}, de passage au Québec, a été vu{'e' if p.sex == 'F' else ''} à notre urgence ORL le {date_fmt(c.past(2, 10), 'fr')} pour {dx[0]}.

Traitement instauré : {dx[1]}.
Nous vous laissons le soin d'assurer le suivi à son retour en France (audiogramme de contrôle dans 4 à 6 semaines).

Avec nos salutations confraternelles,

{c.dr(md, 'fr')}
Service d'ORL - Hôpital de la Rivière-Verte, Montréal"""
    return c.spec('fr', (c.dr(md, 'fr'), addr_of(md, HOSP)), [('Secrétariat ORL', f'secretariat.orl@{FRH}')],
                  c.pick(['Courrier de liaison - patient français', f'Compte rendu - {p.full}', 'Lettre de sortie']), body,
                  ['patient_name', 'date_of_birth', 'fr_nir', 'diagnosis', 'medication'],
                  'Liaison letter to French hospital with NIR')


def niss_followup(c):
    sex = c.pick('MF')
    p = c.ids.patient(1985, 2005, sex)
    niss = c.ids.niss(p.dob, p.sex)
    md = c.staff()
    coll = c.staff()
    attach = c.rng.random() < 0.5
    lines = [f'Patient(e) : {p.surname.upper()} {p.given}', f'Date de naissance : {p.dob.isoformat()}',
             f'NISS : {niss_fmt(niss, c.pick(["official", "space", "plain"]))}',
             'Diagnostic : cholestéatome de l\'oreille gauche, opéré (tympanoplastie en technique fermée)',
             f'Audiométrie post-op : MSP OG {c.rng.randint(25, 50)} dB HL, Rinne {c.rng.randint(10, 30)} dB',
             'Plan : IRM de diffusion (non-EPI) à 12 mois pour exclure une récidive / second look.']
    intro = f"""{c.greet('fr', c.drs(coll, 'fr'), formal=True)}

Comme convenu, voici le résumé de suivi de votre patient{'e' if p.sex == 'F' else ''}, étudiant{'e' if p.sex == 'F' else ''} en échange à Montréal cette année."""
    if attach:
        pdf = make_pdf('Résumé de suivi ORL', lines, compress=c.rng.random() < 0.5)
        body = intro + f"\n\nLe résumé est joint.\n\nBien confraternellement,\n{c.dr(md, 'fr')}"
        atts = [Att(c.pick(['resume_suivi.pdf', f'suivi_{p.surname}.pdf']), 'application/pdf', pdf)]
        types = ['patient_name', 'date_of_birth', 'be_niss', 'diagnosis', 'lab_result']
    else:
        body = intro + '\n\n' + '\n'.join(lines) + f"\n\nBien confraternellement,\n{c.dr(md, 'fr')}"
        atts = []
        types = ['patient_name', 'date_of_birth', 'be_niss', 'diagnosis', 'lab_result']
    return c.spec('fr', (c.dr(md, 'fr'), addr_of(md, HOSP)), [(c.dr(coll, 'fr'), addr_of(coll, BEH))],
                  c.pick(['Suivi ORL - étudiant(e) en échange', 'Résumé de suivi', 'Suivi cholestéatome']), body, types,
                  'Follow-up to Belgian clinic with NISS', attachments=atts)


def sin_funding(c):
    p = c.ids.patient(1950, 1995)
    sw = c.staff()
    sin = c.ids.sin()
    lang = c.pick(['fr', 'fr', 'en'])
    sit = c.pick([('est prestataire de l\'aide sociale (programme d\'aide financière de dernier recours) depuis 2021',
                   'on last-resort social assistance since 2021'),
                  ('vit seul{e} avec un revenu de la Sécurité de la vieillesse et du SRG uniquement', 'lives alone on OAS/GIS only'),
                  ('est en attente d\'une décision de la SAAQ suite à un accident, sans revenu actuellement', 'awaiting an insurance decision after an accident, no current income')])
    fem = 'e' if p.sex == 'F' else ''
    if lang == 'fr':
        body = f"""{c.greet('fr')}

Je vous adresse une demande de soutien financier pour {p.title('fr')} {p.full} ({p.address}, tél. {p.phone}), qui {sit[0].replace('{e}', fem)}.
{p.title('fr')} {p.surname} présente une surdité neurosensorielle bilatérale sévère et ne peut assumer la part non couverte de ses aides auditives ni les piles.

Comme exigé par votre formulaire, son NAS : {sin_fmt(sin, c.pick(['space', 'plain', 'dash']))}.
Preuve de revenu et prescription de l'audiologiste à suivre par télécopieur.

{c.closing('fr')}
{c.signature(sw, 'fr', 'travailleur social' if sw.sex == 'M' else 'travailleuse sociale', 'audio')}"""
        subj = c.pick(['Demande d\'aide financière - appareils auditifs', 'Demande de soutien - usager', 'Formulaire fondation - demande'])
    else:
        body = f"""{c.greet('en')}

I am submitting a funding request for {p.full} ({p.address}, tel. {p.phone}), who is {sit[1]}.
The patient has severe bilateral sensorineural hearing loss and cannot afford the uncovered portion of the hearing aids or batteries.

As required by your form, SIN: {sin_fmt(sin, c.pick(['space', 'plain', 'dash']))}.
Proof of income and the audiologist's prescription will follow by fax.

{c.closing('en')}
{c.signature(sw, 'en', 'Social worker', 'audio')}"""
        subj = c.pick(['Funding request - hearing aids', 'Request for assistance', 'Foundation form - application'])
    return c.spec(lang, (sw.full, addr_of(sw, HOSP)), [('Fondation Entendre pour tous', 'demandes@fondation-entendre.example')],
                  subj, body, ['patient_name', 'ca_sin', 'social_information', 'diagnosis', 'patient_contact'],
                  'Social-worker funding request with SIN and income situation')


def dpj_youth(c):
    with_nam = c.rng.random() < 0.5
    p = c.ids.holder(2011, 2022) if with_nam else c.ids.patient(2014, 2022)
    aud = c.staff()
    worker = c.staff()
    missed = c.rng.randint(3, 6)
    body = f"""{c.greet('fr', worker.given)}

Suite à notre conversation téléphonique, voici les informations concernant {p.given} {p.surname} (DDN {fmt_dob(p.dob, 'fr', c.rng)}{', NAM ' + nam_fmt(p.nam, 'plain') if with_nam else ''}).

- Surdité neurosensorielle bilatérale moyenne, appareillé{'e' if p.sex == 'F' else ''} depuis {c.rng.randint(2019, 2023)}
- {missed} rendez-vous manqués en audiologie depuis un an; aides auditives non portées selon l'école
- Retard de langage important noté par l'orthophoniste scolaire
- La mère rapporte des difficultés financières et un déménagement récent en refuge

Je comprends qu'un signalement a été retenu et que le dossier est maintenant suivi par la DPJ. Nous pouvons offrir un rendez-vous prioritaire; merci de nous indiquer la personne à contacter pour le consentement.

{c.closing('fr')}
{c.signature(aud, 'fr', 'audiologiste', 'audio', disclaimer=True)}"""
    types = ['patient_name', 'date_of_birth', 'diagnosis', 'social_information'] + (['ramq_nam'] if with_nam else [])
    return c.spec('fr', (aud.full, addr_of(aud, HOSP)), [(worker.full, addr_of(worker, DPJ))],
                  c.pick(['Suivi - signalement', 'Informations demandées', 'Enfant suivi en audiologie']), body, types,
                  'Audiologist to youth-protection worker about a child (DPJ)')


def violence_nasal_fracture(c):
    p = c.ids.patient(1970, 2003, c.pick(['F', 'F', 'M']))
    md, sw = c.staff(), c.staff()
    mrn = mrn_fmt(p.mrn, c.pick(['plain', 'site']))
    safe = c.ids.phone()
    body = f"""{c.greet('en', sw.given)}

Could social work see {name_form(p, 'en', c.rng)} (MRN {mrn}) in ENT clinic today before 3 PM?
Seen for a displaced nasal bone fracture and septal hematoma (drained). {'She' if p.sex == 'F' else 'He'} disclosed that the injury was caused by {'her' if p.sex == 'F' else 'his'} partner and that this is not the first time. Does not want police involved for now.
Safe number to call: {safe} (work) - do NOT call the home number on file.
Closed reduction booked in 7 days.

{c.closing('en')}
{c.dr(md, 'en')}"""
    return c.spec('en', (c.dr(md, 'en'), addr_of(md, HOSP)), [(sw.full, addr_of(sw, HOSP))],
                  c.pick(['SW consult today please', 'Urgent SW - ENT clinic', 'Social work request']), body,
                  ['patient_name', 'mrn', 'diagnosis', 'social_information', 'patient_contact'],
                  'Social-work request about intimate-partner violence causing a nasal fracture')


def housing_cpap(c):
    p = c.ids.patient(1955, 1995)
    sw, rt = c.staff(), c.staff()
    s = psg(c.rng, 'sévère')
    body = f"""{c.greet('fr', rt.given)}

Je suis l'intervenant{'e' if sw.sex == 'F' else ''} de {p.full} ({p.age(c.now.date())} ans). {'Elle' if p.sex == 'F' else 'Il'} est actuellement en situation d'itinérance et dort au refuge {c.pick(['La Traversée', 'Maison du Phare', 'Le Relais'])} depuis {c.rng.randint(2, 8)} semaines, après une éviction.
Son appareil de PPC (apnée sévère, IAH {s['ahi']}/h) a été volé au refuge. Le refuge accepte qu'{'elle' if p.sex == 'F' else 'il'} l'utilise près du poste d'accueil s'il y a une prise.
Est-il possible d'obtenir un appareil de prêt? Je peux venir le chercher moi-même.

{c.closing('fr')}
{sw.full}
Équipe itinérance - CLSC"""
    return c.spec('fr', (sw.full, addr_of(sw, CIUSSS)), [(rt.full, addr_of(rt, HOSP))],
                  c.pick(['PPC volée - usager en refuge', 'Demande appareil de prêt', 'Usager itinérant - PPC']), body,
                  ['patient_name', 'social_information', 'diagnosis', 'lab_result'],
                  'Homeless patient lost CPAP; social situation')


def lowercase_disguised(c):
    p = c.ids.holder(1935, 2022)
    a, b = c.staff(), c.staff()
    style = c.pick(['fullwidth', 'spaced', 'lower', 'slash', 'dots', 'space2'])
    nm = name_form(p, 'fr', c.rng, c.pick(['lower', 'sur_first', 'initial']))
    if nm == f'{p.given[0]}. {p.surname}':
        nm = f'{p.given[0]}. {p.surname.lower()}'
    test, dx = c.pick([('PEATC', 'surdité unilat. D ?neurinome'), ('PEATC', 'échec OEA x2, retard de langage'),
                       ('audiogramme + tympano', 'otite séreuse'), ('audiogramme + tympano', 'acouphènes OG'),
                       ('vHIT', 'vertiges ++'), ('PSG', 'ronflements + apnées observées')])
    body = c.pick([
        f"{nm.lower() if c.rng.random() < 0.5 else nm} {nam_fmt(p.nam, style)} pour {test} svp, {dx}\nmerci\n{a.given[0].lower()}",
        f"allo\npeux-tu booker {test} pour {nm} - nam {nam_fmt(p.nam, style)} - {dx}\nmerci!",
        f"{test} à faire:\n{nm}\n{nam_fmt(p.nam, style)}\n{dx}\n\nEnvoyé de mon iPhone"])
    return c.spec('fr', (a.full, addr_of(a, HOSP)), [(b.full, addr_of(b, HOSP))],
                  c.pick(['booking', 'svp', 'à booker', '(sans objet)', 'Re:']), body,
                  ['patient_name', 'ramq_nam', 'diagnosis'], f'Terse note, informal name, NAM disguised ({style})')


def initials_en(c):
    p = c.ids.patient(1950, 2010)
    a, b = c.staff(), c.staff()
    mrn = mrn_fmt(p.mrn, c.pick(['slash', 'dots', 'space', 'fullwidth']))
    org = c.pick(['Pseudomonas aeruginosa', 'MRSA', 'Aspergillus niger', 'Candida albicans'])
    body = f"""{c.greet('en', b.given)}

Ear swab back for {p.given[0]}. {p.surname} ({mrn}): {org}, {c.pick(['sensitive to ciprofloxacin', 'resistant to ofloxacin', 'heavy growth'])}.
{c.pick(['Switch to ciprofloxacin-dexamethasone drops and bring back in 2 weeks for microdebridement.', 'Start clotrimazole 1% solution BID and book suction in 1 week.', 'Add oral ciprofloxacin 750 mg BID x 10 days (diabetic, r/o malignant otitis externa).'])}

{a.given}"""
    return c.spec('en', (a.full, addr_of(a, HOSP)), [(b.full, addr_of(b, HOSP))],
                  c.pick(['ear swab result', 'Culture result', 'micro back']), body,
                  ['patient_name', 'mrn', 'lab_result', 'medication'], 'Culture result with initial+surname and disguised MRN')


def interpreter_booking(c):
    p = c.ids.patient(1950, 2005)
    clerk = c.staff('F')
    d = c.future(5, 30)
    body = f"""{c.greet('fr')}

Je souhaite réserver un interprète {c.pick(['LSQ', 'LSQ', 'ASL'])} pour {"l'usagère suivante" if p.sex == 'F' else "l'usager suivant"} :

{p.full}, {p.age(c.now.date())} ans - personne sourde gestuelle (surdité profonde congénitale)
Rendez-vous : {c.day_str(d, 'fr')} à {c.hhmm(8, 14)}, clinique {c.pick(['ORL', 'de la voix', 'du sommeil', 'vestibulaire'])}, durée 1 h
Motif : {c.pick(['évaluation pour implant cochléaire', 'suivi apnée du sommeil', 'bilan de vertiges', 'dysphagie'])}
Pour confirmer avec l'usager : texto seulement au {p.phone}

{c.closing('fr')}
{c.signature(clerk, 'fr', 'agente administrative', 'orl')}"""
    return c.spec('fr', (clerk.full, addr_of(clerk, HOSP)), [('Service d\'interprétation visuelle', 'reservation@sivet.example')],
                  c.pick(['Demande d\'interprète LSQ', 'Réservation interprète', 'Interprète - rendez-vous ORL']), body,
                  ['patient_name', 'diagnosis', 'patient_contact'], 'Sign-language interpreter booking for a Deaf patient')


def school_fm(c):
    p = c.ids.patient(2010, 2019)
    aud = c.staff()
    teacher = c.staff()
    a = audiogram(c.rng, c.pick(['child_ome', 'presby', 'noise']))
    body = f"""{c.greet('en', teacher.given)}

With the parents' consent, here is information about {p.given} {p.surname} (DOB {fmt_dob(p.dob, 'en', c.rng)}), a student in your class.
{p.given} has a {c.pick(['mild-to-moderate bilateral sensorineural', 'moderate bilateral', 'mild bilateral conductive'])} hearing loss (PTA right {a['pta_r']} dB HL, left {a['pta_l']} dB HL) and wears hearing aids in both ears.

Recommendations:
- remote microphone (FM) system - the school board's itinerant teacher will deliver it
- preferential seating near the teacher, away from the hallway
- captions on videos; check understanding of instructions

Feel free to contact me with any questions.

{c.signature(aud, 'en', 'Pediatric Audiologist', 'audio')}"""
    return c.spec('en', (aud.full, addr_of(aud, HOSP)), [(teacher.full, addr_of(teacher, SCHOOL))],
                  c.pick(['Student hearing needs', f'Classroom recommendations - {p.given}', 'FM system recommendation']), body,
                  ['patient_name', 'date_of_birth', 'diagnosis', 'lab_result'], 'Audiologist letter to school about a student')


TEMPLATES = [
    ('subject_only', subject_only, 3),
    ('filename_only', filename_only, 3),
    ('patient_mail_fwd', patient_email_fr, 3),
    ('parent_mail_fwd', patient_email_en, 3),
    ('reply_quoted', reply_quoted, 4),
    ('forward_rfc822', forward_eml, 3),
    ('eml_attached', eml_octet, 2),
    ('ohip_referral', ohip_referral, 4),
    ('nir_letter', nir_letter, 3),
    ('niss_followup', niss_followup, 3),
    ('sin_funding', sin_funding, 3),
    ('dpj', dpj_youth, 3),
    ('ipv_nasal_fracture', violence_nasal_fracture, 2),
    ('homeless_cpap', housing_cpap, 3),
    ('disguised_nam', lowercase_disguised, 4),
    ('initials_culture', initials_en, 2),
    ('interpreter', interpreter_booking, 2),
    ('school_letter', school_fm, 2),
]
