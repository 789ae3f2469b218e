"""Positive templates, part B: rosters, lists, spreadsheets, CSV, ZIP, vCard, invoices."""
import datetime
import html as H

from gen_common import (HOSP, GMF, SUPPLIER, SUPPLIER2, CI_MAKER, CPAP, PERSONAL, CIUSSS, addr_of, fmt_dob, name_form)
from gen_clin import audiogram, audiogram_lines, psg
from gen_files import make_pdf, make_docx, make_xlsx, make_csv, zip_files, make_vcf
from gen_ids import nam_fmt, mrn_fmt, date_fmt
from gen_mime import Att

XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


def table_html(headers, rows, style='border'):
    th = ''.join(f'<th style="text-align:left;padding:2px 6px">{H.escape(h)}</th>' for h in headers)
    trs = '\n'.join('<tr>' + ''.join(f'<td style="padding:2px 6px">{H.escape(str(v))}</td>' for v in r) + '</tr>' for r in rows)
    return f'<table border="1" cellspacing="0" style="border-collapse:collapse;font-size:10pt">\n<tr>{th}</tr>\n{trs}\n</table>'


def table_text(headers, rows):
    w = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
    line = lambda r: ' | '.join(str(v).ljust(w[i]) for i, v in enumerate(r)).rstrip()
    return '\n'.join([line(headers), '-+-'.join('-' * x for x in w)] + [line(r) for r in rows])


OR_CASES = [('Amygdalectomie', 'amygdalites récidivantes', 'Tonsillectomy', 'recurrent tonsillitis'),
            ('Adéno-amygdalectomie', 'apnée obstructive pédiatrique', 'Adenotonsillectomy', 'pediatric OSA'),
            ('Myringotomie + tubes bilat.', 'otite séreuse chronique', 'BMT', 'chronic OME'),
            ('Septoplastie', 'obstruction nasale, déviation septale', 'Septoplasty', 'nasal obstruction'),
            ('FESS bilatérale', 'sinusite chronique avec polypes', 'Bilateral FESS', 'CRS with nasal polyps'),
            ('Thyroïdectomie totale', 'nodule Bethesda V', 'Total thyroidectomy', 'Bethesda V nodule'),
            ('Tympanoplastie droite', 'perforation tympanique chronique', 'Right tympanoplasty', 'chronic TM perforation'),
            ('Mastoïdectomie', 'cholestéatome', 'Mastoidectomy', 'cholesteatoma'),
            ('Implant cochléaire gauche', 'surdité profonde bilatérale', 'Left cochlear implant', 'bilateral profound SNHL'),
            ('Laryngoscopie directe + biopsie', 'leucoplasie de la corde vocale', 'DL + biopsy', 'vocal fold leukoplakia'),
            ('Stapédotomie', 'otosclérose', 'Stapedotomy', 'otosclerosis'),
            ('Panendoscopie', 'masse cervicale, primaire inconnu', 'Panendoscopy', 'neck mass, unknown primary')]


PEDS_CASES = {'Adéno-amygdalectomie', 'Myringotomie + tubes bilat.'}
BOTH_CASES = {'Amygdalectomie', 'Tympanoplastie droite', 'Implant cochléaire gauche', 'Mastoïdectomie'}


def or_list_html(c):
    lang = c.pick(['fr', 'fr', 'en'])
    d = c.future(1, 3)
    sender = c.staff('F')
    n = c.rng.randint(4, 7)
    rows = []
    t = datetime.datetime(d.year, d.month, d.day, 7, 45)
    for i in range(n):
        p = c.ids.patient(1940, 2020)
        peds = p.age(c.now.date()) < 16
        case = c.pick([k for k in OR_CASES if (k[0] in PEDS_CASES) == peds or k[0] in BOTH_CASES])
        rows.append([c.pick(['Salle 6', 'Salle 7']) if lang == 'fr' else c.pick(['OR 6', 'OR 7']), f'{t:%H:%M}',
                     name_form(p, lang, c.rng, c.pick(['upper_rev', 'rev', 'full'])), mrn_fmt(p.mrn, 'plain'),
                     str(p.age(c.now.date())), case[0] if lang == 'fr' else case[2], case[1] if lang == 'fr' else case[3]])
        t += datetime.timedelta(minutes=c.pick([45, 60, 90, 120]))
    if lang == 'fr':
        hd = ['Salle', 'Heure', 'Patient', 'Dossier', 'Âge', 'Intervention', 'Indication']
        subj = c.pick([f'Programme opératoire ORL - {c.day_str(d, "fr")}', 'Liste OR de demain (final)', f'Horaire bloc ORL {d.isoformat()}'])
        intro = f"{c.greet('fr')}\n\nVoici le programme opératoire ORL final pour {c.day_str(d, 'fr')}. Merci de signaler toute annulation à la coordination.\n\n"
        outro = f"\n\n{c.closing('fr')}\n{c.signature(sender, 'fr', 'coordonnatrice du bloc', 'bloc', short=False)}"
    else:
        hd = ['Room', 'Time', 'Patient', 'MRN', 'Age', 'Procedure', 'Indication']
        subj = c.pick([f'ENT OR list - {c.day_str(d, "en")}', 'Tomorrow OR list (final)', f'ENT slate {d.isoformat()}'])
        intro = f"{c.greet('en')}\n\nFinal ENT OR slate for {c.day_str(d, 'en')}. Please let the desk know about any cancellations.\n\n"
        outro = f"\n\n{c.closing('en')}\n{c.signature(sender, 'en', 'OR booking coordinator', 'bloc', short=False)}"
    text = intro + table_text(hd, rows) + outro
    html = ('<html><body style="font-family:Calibri,Arial">\n' + '<br>\n'.join(H.escape(x) for x in intro.strip().split('\n')) +
            '<br><br>\n' + table_html(hd, rows) + '<br>\n' + '<br>\n'.join(H.escape(x) for x in outro.strip().split('\n')) + '\n</body></html>\n')
    to = [('ORL - résidents' if lang == 'fr' else 'ENT residents', f'orl-residents@{HOSP}'), ('Bloc 6e', f'bloc6@{HOSP}')]
    return c.spec(lang, (sender.full, addr_of(sender, HOSP)), to, subj, text,
                  ['patient_name', 'mrn', 'diagnosis'], 'OR slate table (HTML) with names, MRNs, indications',
                  html=html, force={'struct': c.pick(['html', 'html', 'alt'])})


def signout_en(c):
    res1, res2 = c.staff(), c.staff()
    n = c.rng.randint(3, 6)
    items = []
    types = {'patient_name', 'diagnosis'}
    issues = [
        ('POD1 total thyroid, Ca 1.98 this AM -> on calcium carbonate 1 g TID + calcitriol 0.25 mcg BID, recheck Ca/PTH at 22h', 'LM'),
        ('peritonsillar abscess drained, on clindamycin 600 IV q8h, tolerating fluids, d/c tomorrow if afebrile', 'M'),
        ('posterior epistaxis, Rapid Rhino L, on hold apixaban, Hb 94 -> repeat at 04h', 'LM'),
        ('trach POD4 (Shiley 6 cuffed) for subglottic stenosis, first change done, secretions ++, sats 95% on 28%', 'L'),
        ('post-tonsillectomy bleed x1, cauterized in OR, keep NPO until AM, Hb 112', 'L'),
        ('deep neck infection, on ceftriaxone + metronidazole, CRP 184 -> 121, CT repeat if febrile', 'LM'),
        ('SSNHL admitted for IV dexamethasone, BG 14.2 -> sliding scale insulin', 'LM'),
        ('parotidectomy for pleomorphic adenoma, drain 40 mL/12h, keep drain, facial nerve HB I', '')]
    for i in range(n):
        p = c.ids.patient(1935, 2006)
        room = f'{c.pick(["6", "7"])}{c.pick(["N", "S"])}-{c.rng.randint(1, 40):02d}'
        issue, kinds = c.pick(issues)
        if 'L' in kinds:
            types.add('lab_result')
        if 'M' in kinds:
            types.add('medication')
        nm = name_form(p, 'en', c.rng, c.pick(['upper_rev', 'rev', 'sur_first', 'initial', 'lower']))
        items.append(f'{i + 1}. {room} {nm} ({p.age(c.now.date())}{p.sex}) - {issue}')
    body = f"""{c.pick(['Sign-out ENT', 'ENT handover', 'Night sign-out'])} {c.now:%b %d}

""" + '\n'.join(items) + f"""

Nothing pending from ED. Pager {c.rng.randint(1000, 9999)} for the night.
{res1.given}"""
    return c.spec('en', (res1.full, addr_of(res1, HOSP)), [(res2.full, addr_of(res2, HOSP))],
                  c.pick(['signout', 'ENT sign-out tonight', 'handover list', 'Sign out']), body, sorted(types),
                  'Resident sign-out list with rooms, names, labs, meds')


def ci_candidacy_xlsx(c):
    aud, md = c.staff(), c.staff()
    n = c.rng.randint(4, 7)
    rows = [['Nom', 'Prénom', 'DDN', 'NAM', 'MSP OD', 'MSP OG', 'AzBio (%)', 'Étiologie', 'Décision']]
    for _ in range(n):
        p = c.ids.holder(1935, 2020)
        a = audiogram(c.rng, 'profound')
        rows.append([p.surname, p.given, p.dob.isoformat(), p.nam, a['pta_r'], a['pta_l'], c.rng.randint(0, 45),
                     c.pick(['presbyacousie', 'otosclérose', 'méningite', 'génétique (GJB2)', 'idiopathique', 'ototoxicité']),
                     c.pick(['candidat', 'candidat', 'à réévaluer', 'non candidat - appareillage', 'en attente IRM'])])
    x = make_xlsx([('Candidats IC', rows), ('Notes', [['Réunion du', c.future(2, 14).isoformat()]])])
    subj = c.pick(['Liste candidats IC - réunion d\'équipe', 'Dossiers à discuter - comité IC', 'Candidature implant cochléaire (mise à jour)'])
    body = f"""{c.greet('fr')}

Ci-joint la liste mise à jour des candidats à l'implant cochléaire pour la réunion de {c.pick(['mardi', 'jeudi', 'la semaine prochaine'])}. J'ai ajouté les résultats AzBio en champ libre.

{c.closing('fr')}
{c.signature(aud, 'fr', 'audiologiste', 'ic')}"""
    fn = c.pick(['candidats_IC.xlsx', f'Liste IC {c.now:%Y-%m}.xlsx', 'comite_implant.xlsx'])
    return c.spec('fr', (aud.full, addr_of(aud, HOSP)), [('Équipe IC', f'equipe.ic@{HOSP}')], subj, body,
                  ['patient_name', 'date_of_birth', 'ramq_nam', 'lab_result', 'diagnosis'],
                  'XLSX of cochlear-implant candidates with NAMs and scores', attachments=[Att(fn, XLSX, x)])


def newborn_screening_csv(c):
    nurse = c.staff('F')
    aud = c.staff()
    rows = [['no_dossier', 'nom_bebe', 'date_naissance', 'mere', 'telephone', 'OEA_OD', 'OEA_OG', 'PEAA', 'suivi']]
    for _ in range(c.rng.randint(4, 8)):
        p = c.ids.patient(2024, 2024)
        d = c.past(2, 40)
        mom = c.ids.patient(1985, 2003, 'F')
        rows.append([p.mrn, f'{p.surname.upper()} {p.given}', d.isoformat(), f'{mom.given} {p.surname}', mom.phone,
                     c.pick(['refer', 'pass', 'refer']), c.pick(['pass', 'refer']), c.pick(['refer', 'pass', 'non fait']),
                     c.pick(['PEATC diagnostique', 'reprise dépistage 2 sem.', 'relance téléphonique', 'rdv donné'])])
    csv = make_csv(rows, sep=c.pick([',', ';']), crlf=c.rng.random() < 0.5)
    subj = c.pick(['Export dépistage auditif néonatal - échecs', 'PDAN - liste des bébés référés', 'Extraction OEA/PEAA du mois'])
    body = f"""{c.greet('fr', aud.given)}

Voici l'extraction des nouveau-nés en échec au dépistage (OEA/PEAA) pour planifier les PEATC diagnostiques. Les mamans ont été avisées au congé.

{nurse.given}
Infirmière, unité mère-enfant"""
    return c.spec('fr', (nurse.full, addr_of(nurse, HOSP)), [(aud.full, addr_of(aud, HOSP))], subj, body,
                  ['patient_name', 'date_of_birth', 'mrn', 'lab_result', 'patient_contact'],
                  'CSV export of newborn hearing-screening refers',
                  attachments=[Att(c.pick(['export_PDAN.csv', 'depistage_refer.csv', f'oea_{c.now:%Y%m}.csv']), 'text/csv', csv,
                                   charset=c.pick(['utf-8', 'windows-1252']), cte=c.pick(['base64', 'quoted-printable', '8bit']))])


def waitlist_xlsx(c):
    clerk, md = c.staff(), c.staff()
    rows = [['Priority', 'Surname', 'Given name', 'RAMQ', 'Procedure', 'Diagnosis', 'Date added', 'Phone']]
    for _ in range(c.rng.randint(4, 8)):
        p = c.ids.holder(1940, 2005)
        case = c.pick([k for k in OR_CASES if k[0] not in PEDS_CASES])
        rows.append([c.pick(['A', 'B', 'C', 'C', 'D']), p.surname, p.given, p.nam, case[2], case[3],
                     c.past(30, 400).isoformat(), p.phone])
    x = make_xlsx([('Waitlist', rows)])
    subj = c.pick(['Surgical waitlist - Dr ' + md.surname, 'ENT waitlist export', 'Patients > 1 year on list'])
    body = f"""{c.greet('en', c.drs(md, 'en'))}

As requested, here is the export of your surgical waiting list (patients waiting > 6 months flagged by the Ministry report). Can you confirm priorities before Friday?

{c.closing('en')}
{c.signature(clerk, 'en', 'Surgical booking clerk', 'bloc')}"""
    return c.spec('en', (clerk.full, addr_of(clerk, HOSP)), [(c.dr(md, 'en'), addr_of(md, HOSP))], subj, body,
                  ['patient_name', 'ramq_nam', 'diagnosis', 'patient_contact'],
                  'Surgical waitlist XLSX with RAMQ numbers, diagnoses, phones',
                  attachments=[Att(c.pick(['waitlist.xlsx', f'liste_attente_{md.surname}.xlsx']), XLSX, x)])


def audiology_daily_schedule(c):
    sec, aud = c.staff('F'), c.staff()
    d = c.future(1, 4)
    lines = []
    types = {'patient_name', 'diagnosis'}
    h = 8
    for _ in range(c.rng.randint(5, 8)):
        p = c.ids.patient(1930, 2022)
        reason = c.pick(['audiogramme complet - acouphènes', 'PEATC sous sédation (bébé en échec OEA)', 'contrôle post-tubes',
                         'bilan surdité brusque OG', 'ajustement processeur IC', 'évaluation appareillage - presbyacousie',
                         'vHIT + VNG (vertiges)', 'réévaluation otite séreuse'])
        extra = ''
        if c.rng.random() < 0.3:
            extra = f' - tél. {p.phone}'
            types.add('patient_contact')
        lines.append(f'{h}h{c.pick(["00", "30"])}  {name_form(p, "fr", c.rng, c.pick(["full", "upper_rev", "sur_first"]))} - {reason}{extra}')
        h += 1
    body = f"""{c.greet('fr', aud.given)}

Ton horaire de {c.day_str(d, 'fr')} (cabine {c.rng.randint(1, 4)}) :

""" + '\n'.join(lines) + f"""

La plage de 12h est bloquée pour la réunion. {c.pick(['Bonne journée!', 'Merci!', ''])}
{sec.given}"""
    return c.spec('fr', (sec.full, addr_of(sec, HOSP)), [(aud.full, addr_of(aud, HOSP))],
                  c.pick([f'Horaire {d.isoformat()}', 'Ton horaire de demain', 'Horaire cabine']), body, sorted(types),
                  'Daily audiology schedule listing patients and reasons')


def sleep_lab_tonight(c):
    tech, md = c.staff(), c.staff()
    rows = []
    for bed in range(1, c.rng.randint(3, 5) + 1):
        p = c.ids.patient(1950, 2002)
        s = psg(c.rng)
        rows.append([f'Bed {bed}', p.full, str(p.age(c.now.date())), str(s['bmi']), f"{s['epworth']}/24",
                     c.pick(['diagnostic PSG ?OSA', 'CPAP titration', 'split night', 'MSLT tomorrow AM ?narcolepsy']), p.phone])
    hd = ['Bed', 'Patient', 'Age', 'BMI', 'Epworth', 'Study', 'Phone']
    text = f"""{c.greet('en')}

Tonight's sleep lab list:

""" + table_text(hd, rows) + f"""

Bed {c.rng.randint(1, len(rows))} uses a wheelchair - please leave the accessible room. Call the patients if you need to confirm arrival (7:30 PM).

{tech.given}"""
    return c.spec('en', (tech.full, addr_of(tech, HOSP)), [('Sleep lab night techs', f'sleeplab-night@{HOSP}')],
                  c.pick(["Tonight's list", 'PSG tonight', 'Sleep lab schedule']), text,
                  ['patient_name', 'lab_result', 'diagnosis', 'patient_contact'],
                  "Sleep-lab night list with BMI, Epworth and phones")


def tumour_board_docx(c):
    md, coord = c.staff(), c.staff('F')
    tbl = [['Patient', 'Dossier', 'DDN', 'Diagnostic', 'Stade', 'Question']]
    for _ in range(c.rng.randint(3, 5)):
        p = c.ids.patient(1940, 1980)
        dx = c.pick([('carcinome épidermoïde amygdale D, p16+', 'T2N1M0'), ('carcinome épidermoïde larynx (glotte)', 'T1aN0'),
                     ('carcinome papillaire thyroïde', 'pT3aN1b'), ('carcinome muco-épidermoïde parotide', 'T2N0'),
                     ('carcinome épidermoïde langue mobile', 'T3N2b')])
        tbl.append([f'{p.surname.upper()}, {p.given}', p.mrn, p.dob.isoformat(), dx[0], dx[1],
                    c.pick(['chirurgie vs radiochimio', 'révision post-op', 'TEP à faire?', 'récidive locale'])])
    doc = make_docx('Comité des tumeurs tête et cou', [f'Réunion du {c.future(1, 7).isoformat()}, salle B-214, 7h30'], tbl)
    body = f"""{c.greet('fr')}

Voici la liste des cas pour le comité des tumeurs de jeudi. Merci d'apporter les imageries à réviser.

{c.closing('fr')}
{c.signature(coord, 'fr', 'infirmière pivot en oncologie', 'orl')}"""
    return c.spec('fr', (coord.full, addr_of(coord, HOSP)), [('Comité tumeurs TC', f'comite.tc@{HOSP}')],
                  c.pick(['Comité des tumeurs - liste des cas', 'Liste comité TC', 'Cas pour jeudi']), body,
                  ['patient_name', 'mrn', 'date_of_birth', 'diagnosis', 'lab_result'],
                  'Tumour-board case list DOCX', attachments=[Att(c.pick(['comite_tumeurs.docx', 'liste_cas.docx']), DOCX, doc)])


def zip_audiograms(c):
    aud, md = c.staff(), c.staff()
    files = []
    with_nam = c.rng.random() < 0.5
    index = [['fichier', 'nom', 'ddn', 'NAM' if with_nam else 'dossier', 'MSP_OD', 'MSP_OG']]
    for _ in range(c.rng.randint(2, 4)):
        p = c.ids.holder(1940, 2015) if with_nam else c.ids.patient(1940, 2015)
        a = audiogram(c.rng, c.pick(['presby', 'noise', 'conductive', 'sshl']))
        fn = f'audiogramme_{p.surname}_{p.given}.pdf'.replace(' ', '_').replace("'", '')
        pdf = make_pdf('Audiogramme', [f'Nom : {p.full}', f'Date de naissance : {p.dob.isoformat()}', f'Dossier : {p.mrn}']
                       + audiogram_lines(a, 'fr'), compress=True, graph=[a['right'], a['left']])
        files.append((fn, pdf))
        index.append([fn, p.full, p.dob.isoformat(), p.nam if with_nam else p.mrn, a['pta_r'], a['pta_l']])
    files.append(('index.csv', make_csv(index).encode('utf-8')))
    z = zip_files(files)
    body = f"""{c.greet('fr', c.drs(md, 'fr'))}

Comme convenu, les audiogrammes des patients vus ce matin sont dans le fichier zip (index inclus).

{c.signature(aud, 'fr', 'audiologiste', 'audio', short=True)}"""
    return c.spec('fr', (aud.full, addr_of(aud, HOSP)), [(c.dr(md, 'fr'), addr_of(md, HOSP))],
                  c.pick(['Audiogrammes ce matin', 'audios', 'Fichiers audiogrammes']), body,
                  ['patient_name', 'date_of_birth', 'mrn', 'lab_result'] + (['ramq_nam'] if with_nam else []),
                  'ZIP of per-patient audiogram PDFs + index CSV',
                  attachments=[Att(c.pick(['audiogrammes.zip', f'audios_{c.now:%Y%m%d}.zip']), 'application/zip', z)])


def vcard_patient(c):
    lang = c.pick(['fr', 'en'])
    p = c.ids.patient(1940, 2000)
    sw = c.staff()
    rep = c.staff()
    note = c.pick(['Candidat IC - surdité profonde bilatérale, communique par texto', 'CI candidate - profound bilateral loss, text only',
                   'Appareillage RAMQ - presbyacousie, malentendant, appeler fort', 'Usager PPC - AOS sévère, rappeler soir'])
    vcf = make_vcf(p.given, p.surname, tel=p.phone, adr=p.address, note=note)
    if lang == 'fr':
        body = f"""{c.greet('fr', rep.given)}

Je te transmets les coordonnées de l'usager dont on a parlé (carte jointe). Il préfère les textos.

{c.signature(sw, 'fr', 'audiologiste', 'ic', short=True)}"""
        subj = c.pick(['Coordonnées usager', 'Contact pour essai', f'{p.given} {p.surname}'])
    else:
        body = f"""{c.greet('en', rep.given)}

Contact card attached for the patient we discussed. Texting works best.

{c.signature(sw, 'en', 'Audiologist', 'ic', short=True)}"""
        subj = c.pick(['Patient contact', 'Contact for the trial', f'{p.given} {p.surname}'])
    fn = f'{p.given} {p.surname}.vcf'
    return c.spec(lang, (sw.full, addr_of(sw, HOSP)), [(rep.full, addr_of(rep, c.pick([CI_MAKER, SUPPLIER, CPAP])))],
                  subj, body, ['patient_name', 'patient_contact', 'diagnosis'],
                  'vCard of a patient with home contact and clinical note',
                  attachments=[Att(fn, c.pick(['text/vcard', 'text/x-vcard']), vcf, cte=c.pick(['base64', 'quoted-printable', '7bit']))])


def hearing_aid_invoice_positive(c):
    p = c.ids.holder(1935, 1975)
    sup = c.staff()
    acct = c.staff('F')
    inv = f'FA-{c.rng.randint(20000, 99999)}'
    dev = c.pick(['Aurel 5 RIC R (x2)', 'Boréa 60 BTE (x2)', 'Lumio 3 ITC droite'])
    lines = [f'Facture {inv}', 'Audition Boréale inc. - 455, rue du Commerce, Laval (QC) H7T 1C8',
             f'Client : {p.given} {p.surname}', f'Date de naissance : {p.dob.isoformat()}', f'NAM : {p.nam}',
             f'Adresse : {p.address}', f'Appareils : {dev}', 'Programme : aides auditives RAMQ (surdité neurosensorielle bilatérale)',
             f'Montant RAMQ : {c.rng.randint(900, 2400)},00 $   Part usager : {c.rng.randint(0, 800)},00 $',
             'Numéros de série : ' + ', '.join(f'SN{c.rng.randint(10**8, 10**9 - 1)}' for _ in range(2))]
    pdf = make_pdf(f'Facture {inv}', lines, compress=c.rng.random() < 0.5)
    body = f"""{c.greet('fr')}

Veuillez trouver ci-jointe la facture {inv} pour l'appareillage complété le {c.past(2, 20).isoformat()}. La prescription de l'audiologiste suit par télécopieur.

{c.closing('fr')}
{acct.full}
Comptabilité - Audition Boréale inc.
450-555-0179"""
    return c.spec('fr', (acct.full, addr_of(acct, SUPPLIER)), [('Audiologie - facturation', f'audiologie.facturation@{HOSP}')],
                  c.pick([f'Facture {inv}', f'Facture {inv} - {p.surname}', 'Facturation appareillage']), body,
                  ['patient_name', 'date_of_birth', 'ramq_nam', 'patient_contact', 'diagnosis'],
                  'Supplier invoice PDF naming the patient with NAM (positive invoice)',
                  attachments=[Att(f'{inv}.pdf', c.pick(['application/pdf', 'application/octet-stream']), pdf)])


def peds_tubes_list(c):
    nurse, md = c.staff('F'), c.staff()
    lines = []
    for _ in range(c.rng.randint(3, 6)):
        p = c.ids.patient(2018, 2023)
        par = c.ids.patient(1980, 2000)
        lines.append(f'- {p.given} {p.surname}, DOB {fmt_dob(p.dob, "en", c.rng)} - {c.pick(["BMT", "BMT + adenoidectomy", "tube removal + paper patch"])} '
                     f'({c.pick(["recurrent AOM", "persistent OME with speech delay", "retained tube, perforation"])}) - parent {par.given}: {p.phone}')
    body = f"""{c.greet('en', md.given)}

Kids booked for the {c.day_str(c.future(3, 20), 'en')} day-surgery list - parents called for pre-op instructions except where noted:

""" + '\n'.join(lines) + f"""

{nurse.given}, RN - pediatric day surgery"""
    return c.spec('en', (nurse.full, addr_of(nurse, HOSP)), [(c.dr(md, 'en'), addr_of(md, HOSP))],
                  c.pick(['Peds tubes list', 'Day surgery - kids', 'BMT list']), body,
                  ['patient_name', 'date_of_birth', 'diagnosis', 'patient_contact'],
                  'Pediatric ear-tube list with DOBs and parent phones')


TEMPLATES = [
    ('or_list', or_list_html, 3),
    ('signout', signout_en, 3),
    ('ci_candidates_xlsx', ci_candidacy_xlsx, 2),
    ('newborn_screen_csv', newborn_screening_csv, 3),
    ('waitlist_xlsx', waitlist_xlsx, 2),
    ('audio_schedule', audiology_daily_schedule, 3),
    ('sleeplab_tonight', sleep_lab_tonight, 2),
    ('tumour_board_docx', tumour_board_docx, 2),
    ('zip_audiograms', zip_audiograms, 2),
    ('vcard_patient', vcard_patient, 3),
    ('invoice_patient', hearing_aid_invoice_positive, 2),
    ('peds_tubes', peds_tubes_list, 2),
]
