"""Positive templates, part A: referrals, consultation replies, results, prescriptions."""
import datetime

from gen_common import (HOSP, GMF, SUPPLIER, SUPPLIER2, CPAP, PHARM, PERSONAL, addr_of, fmt_dob, name_form)
from gen_clin import audiogram, audiogram_lines, psg, pick_meds
from gen_files import make_pdf, make_docx, make_ics
from gen_ids import nam_fmt, mrn_fmt, date_fmt
from gen_mime import Att


def _nam_style(c):
    return c.pick(['plain', 'plain', 'plain', 'space', 'space2', 'dots', 'lower', 'dash'])


def referral_sshl(c):
    """GMF physician refers a sudden sensorineural hearing loss, with NAM."""
    p = c.ids.holder(1940, 2004)
    doc, sec = c.staff(), c.staff()
    ear = c.pick(['droite', 'gauche'])
    days = c.rng.randint(1, 6)
    med = pick_meds(c.rng, 'sshl')
    nm = name_form(p, 'fr', c.rng, c.pick(['full', 'title', 'upper_rev']))
    sex_l = 'F' if p.sex == 'F' else 'M'
    subj = c.pick([f'Référence urgente ORL - surdité brusque - {p.surname.upper()}',
                   'Demande de consultation urgente en ORL',
                   f'URGENT : consultation ORL pour {nm}'])
    body = f"""{c.greet('fr')}

Je vous réfère en semi-urgence {nm} (sexe : {sex_l}, DDN {fmt_dob(p.dob, 'fr', c.rng)}, NAM {nam_fmt(p.nam, _nam_style(c))}) pour une surdité brusque de l'oreille {ear} apparue il y a {days} jour{'s' if days > 1 else ''} au réveil, accompagnée d'acouphènes et d'une sensation de plénitude. Pas de vertige franc. Otoscopie normale des deux côtés, Weber latéralisé du côté opposé.

J'ai débuté {med} ce matin après discussion avec le résident de garde. Glycémie à jeun 5,8 mmol/L.
Antécédents : {'HTA contrôlée, dyslipidémie' if p.dob.year < 1975 else 'aucun antécédent significatif'}. Allergie : sulfamides.

Pourriez-vous {'la' if p.sex == 'F' else 'le'} voir cette semaine pour un audiogramme et la suite de la prise en charge (IRM des conduits auditifs internes?) ?
{'La patiente' if p.sex == 'F' else 'Le patient'} est joignable au {p.phone}.

{c.closing('fr')}

{c.dr(doc, 'fr')}
GMF des Trois-Chemins
Tél. 450-555-0147 | Téléc. 450-555-0148"""
    to = [('Centrale de rendez-vous ORL', f'rdv.orl@{HOSP}')]
    return c.spec('fr', (c.dr(doc, 'fr'), addr_of(doc, GMF)), to, subj, body,
                  ['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis', 'medication', 'patient_contact'],
                  'GMF referral for sudden hearing loss with NAM, DOB, steroid started')


def consult_reply_ome(c):
    """ENT consult reply about a child with otitis media with effusion."""
    lang = c.pick(['fr', 'en'])
    p = c.ids.patient(2016, 2022)
    a = audiogram(c.rng, 'child_ome')
    orl, fam = c.staff(), c.staff()
    vd = c.past(3, 20)
    mrn = mrn_fmt(p.mrn, c.pick(['plain', 'site', 'space']))
    show_dob = c.rng.random() < 0.6
    if lang == 'fr':
        subj = c.pick([f'Consultation ORL - {p.full}', f'RE: Référence ORL pédiatrique {p.surname}', 'Réponse à votre demande de consultation'])
        body = f"""{c.greet('fr', c.drs(fam, 'fr'))}

J'ai vu en clinique le {date_fmt(vd, 'fr')} {p.given} {p.surname} (dossier {mrn}{', né(e) le ' + fmt_dob(p.dob, 'fr', c.rng) if show_dob else ''}), que vous m'aviez adressé(e) pour otites à répétition et retard de langage rapporté par la garderie.

Examen : épanchement rétrotympanique bilatéral, tympans mats.
Audiologie :
""" + '\n'.join('  ' + x for x in audiogram_lines(a, 'fr')) + f"""

Impression : otite séreuse bilatérale persistante depuis plus de 3 mois avec surdité de transmission légère.
Plan : myringotomie avec insertion de tubes transtympaniques bilatéraux +/- adénoïdectomie. Inscription sur la liste opératoire (priorité C). Suivi en audiologie 6 semaines post-op.

{c.closing('fr')}
{c.dr(orl, 'fr')}, ORL"""
        note = 'ENT consult reply: child OME with audiogram, tubes planned'
    else:
        subj = c.pick([f'ENT consult - {p.full}', f'Re: peds ENT referral ({p.surname})', 'Consultation note'])
        body = f"""{c.greet('en', c.drs(fam, 'en'))}

Thank you for referring {p.given} {p.surname} (MRN {mrn}{', DOB ' + fmt_dob(p.dob, 'en', c.rng) if show_dob else ''}), seen in clinic on {date_fmt(vd, 'en')} for recurrent ear infections and speech concerns.

Exam: bilateral middle ear effusion, dull retracted TMs.
Audiology:
""" + '\n'.join('  ' + x for x in audiogram_lines(a, 'en')) + f"""

Impression: persistent bilateral otitis media with effusion (>3 months) with mild conductive hearing loss.
Plan: bilateral myringotomy and tubes, consider adenoidectomy given snoring. Added to the OR waitlist. Post-op audiogram in 6 weeks.

{c.closing('en')}
{c.dr(orl, 'en')}, Otolaryngology"""
        note = 'ENT consult reply: child OME with audiogram, tubes planned'
    types = ['patient_name', 'mrn', 'diagnosis', 'lab_result'] + (['date_of_birth'] if show_dob else [])
    return c.spec(lang, (c.dr(orl, lang), addr_of(orl, HOSP)), [(c.dr(fam, lang), addr_of(fam, GMF))],
                  subj, body, types, note)


def hearing_aid_fitting_request(c):
    """Audiologist sends fitting request to a hearing-aid supplier (RAMQ program)."""
    p = c.ids.holder(1935, 1975)
    a = audiogram(c.rng, 'presby')
    aud = c.staff()
    sup = c.staff()
    dom = c.pick([SUPPLIER, SUPPLIER2])
    style = c.pick(['full', 'upper_rev', 'rev'])
    subj = c.pick([f'Demande d\'appareillage - {name_form(p, "fr", c.rng, style)}',
                   'Nouvelle demande d\'appareillage (programme RAMQ)', 'Appareillage bilatéral - prescription'])
    lines = audiogram_lines(a, 'fr')
    body = f"""{c.greet('fr', sup.given)}

Voici une nouvelle demande d'appareillage dans le cadre du programme d'aides auditives de la RAMQ :

Nom : {p.surname.upper()}, {p.given}
Date de naissance : {fmt_dob(p.dob, 'fr', c.rng)}
NAM : {nam_fmt(p.nam, _nam_style(c))}
Adresse : {p.address}
Téléphone : {p.phone} (préfère être appelé{'e' if p.sex == 'F' else ''} en avant-midi)

Diagnostic : surdité neurosensorielle bilatérale {c.pick(['légère à sévère', 'modérée à sévère', 'moyenne en pente'])} (presbyacousie).
""" + '\n'.join(lines) + f"""

Recommandation : appareillage binaural, contour d'oreille à écouteur dans le conduit (RIC), dômes fermés. Bobine T souhaitée (utilise le téléphone fixe).
Audiogramme complet en pièce jointe.

{c.closing('fr')}
{c.signature(aud, 'fr', 'audiologiste', 'audio')}"""
    pdf = make_pdf('Audiogramme', [f'Patient : {p.surname.upper()}, {p.given}', f'DDN : {p.dob.isoformat()}',
                                   f'Examen du {c.past(2, 30).isoformat()}'] + lines,
                   compress=c.rng.random() < 0.6, graph=[a['right'], a['left']])
    fn = c.pick([f'audiogramme_{p.surname}.pdf', 'audiogramme.pdf', f'Audiogramme {p.surname} {p.given}.pdf'])
    return c.spec('fr', (aud.full, addr_of(aud, HOSP)), [(sup.full, addr_of(sup, dom))], subj, body,
                  ['patient_name', 'date_of_birth', 'ramq_nam', 'patient_contact', 'diagnosis', 'lab_result'],
                  'Fitting request to hearing-aid supplier with NAM, address, audiogram PDF',
                  attachments=[Att(fn, 'application/pdf', pdf)])


def psg_result(c):
    """Sleep lab sends PSG report (PDF); body minimal."""
    lang = c.pick(['fr', 'fr', 'en'])
    with_nam = c.rng.random() < 0.5
    p = c.ids.holder(1945, 1998) if with_nam else c.ids.patient(1950, 1995)
    s = psg(c.rng)
    tech, md = c.staff(), c.staff()
    mrn = mrn_fmt(p.mrn, c.pick(['plain', 'site', 'dots']))
    if lang == 'fr':
        lines = [f'Nom : {p.full}', f'Dossier : {mrn}', f'Date de naissance : {p.dob.isoformat()}'] + \
                ([f'NAM : {p.nam}'] if with_nam else []) + [
                 f'Sexe : {p.sex}',
                 f'Date de l\'étude : {c.past(3, 20).isoformat()}', 'Type : polysomnographie diagnostique de niveau 1',
                 f'Efficacité du sommeil : {s["eff"]} %', f'IAH : {s["ahi"]}/h   IDR : {s["rdi"]}/h   IDO : {s["odi"]}/h',
                 f'SpO2 nadir : {s["nadir"]} %   Temps < 90 % : {s["t90"]} %', f'Échelle d\'Epworth : {s["epworth"]}/24   IMC : {s["bmi"]}',
                 f'Conclusion : syndrome d\'apnées obstructives du sommeil {s["sev"]}.',
                 'Recommandation : essai de PPC auto-ajustable 5-15 cm H2O, contrôle dans 3 mois.']
        subj = c.pick(['Rapport de PSG', f'Résultat polysomnographie - {p.surname}', 'Rapport laboratoire du sommeil'])
        body = f"""{c.greet('fr', c.drs(md, 'fr'))}

Vous trouverez ci-joint le rapport interprété de l'étude du sommeil de votre patient{'e' if p.sex == 'F' else ''}.

{c.closing('fr')}
{c.signature(tech, 'fr', 'inhalothérapeute', 'sommeil')}"""
        title = 'Rapport de polysomnographie'
    else:
        lines = [f'Patient: {p.full}', f'MRN: {mrn}', f'DOB: {p.dob.isoformat()}'] + \
                ([f'RAMQ: {p.nam}'] if with_nam else []) + [
                 f'Sex: {p.sex}',
                 f'Study date: {c.past(3, 20).isoformat()}', 'Type: level 1 diagnostic polysomnography',
                 f'Sleep efficiency: {s["eff"]}%', f'AHI: {s["ahi"]}/h   RDI: {s["rdi"]}/h   ODI: {s["odi"]}/h',
                 f'SpO2 nadir: {s["nadir"]}%   Time <90%: {s["t90"]}%', f'Epworth: {s["epworth"]}/24   BMI: {s["bmi"]}',
                 f'Conclusion: {s["sev_en"]} obstructive sleep apnea.',
                 'Recommendation: auto-CPAP trial 5-15 cm H2O, follow-up in 3 months.']
        subj = c.pick(['PSG report', f'Sleep study result - {p.surname}', 'Interpreted sleep study'])
        body = f"""{c.greet('en', c.drs(md, 'en'))}

Please find attached the interpreted sleep study report.

{c.closing('en')}
{c.signature(tech, 'en', 'Respiratory therapist', 'sommeil')}"""
        title = 'Polysomnography report'
    pdf = make_pdf(title, lines, compress=c.rng.random() < 0.5)
    fn = c.pick([f'PSG_{p.surname}_{p.mrn}.pdf', f'rapport_psg_{c.now:%Y%m%d}.pdf', 'PSG.pdf'])
    return c.spec(lang, (tech.full, addr_of(tech, HOSP)), [(c.dr(md, lang), addr_of(md, HOSP))], subj, body,
                  ['patient_name', 'mrn', 'date_of_birth', 'lab_result', 'diagnosis'] + (['ramq_nam'] if with_nam else []),
                  'Sleep-lab PSG report in PDF attachment', attachments=[Att(fn, 'application/pdf', pdf)])


def cpap_prescription(c):
    """Prescription of CPAP sent to a CPAP supplier."""
    lang = c.pick(['en', 'fr'])
    with_nam = c.rng.random() < 0.6
    p = c.ids.holder(1945, 1990) if with_nam else c.ids.patient(1945, 1990)
    s = psg(c.rng, c.pick(['modérée', 'sévère']))
    md = c.staff()
    types = ['patient_name', 'diagnosis', 'lab_result', 'patient_contact', 'date_of_birth']
    if with_nam:
        types.append('ramq_nam')
    idline = (f'NAM : {nam_fmt(p.nam, _nam_style(c))}\n' if lang == 'fr' else f'RAMQ: {nam_fmt(p.nam, _nam_style(c))}\n') if with_nam else ''
    if lang == 'en':
        subj = c.pick(['CPAP prescription', f'New CPAP set-up: {p.full}', 'Rx auto-CPAP'])
        body = f"""{c.greet('en')}

Please arrange a CPAP set-up for the following patient:

{p.full}, DOB {fmt_dob(p.dob, 'en', c.rng)}
{idline}{p.address}
Home phone: {p.phone}

Diagnosis: {s['sev_en']} obstructive sleep apnea (AHI {s['ahi']}/h, nadir SpO2 {s['nadir']}%).
Rx: auto-CPAP 5-15 cm H2O, heated humidifier, mask of patient's choice (nasal pillows preferred). Download compliance data at 30 days and fax to the sleep clinic.

{c.closing('en')}
{c.dr(md, 'en')}
Sleep Clinic, Rivière-Verte Hospital"""
    else:
        subj = c.pick(['Ordonnance PPC', f'Installation PPC - {p.full}', 'Rx PPC auto'])
        body = f"""{c.greet('fr')}

Merci de procéder à l'installation d'un appareil de PPC pour :

{p.full}, né{'e' if p.sex == 'F' else ''} le {fmt_dob(p.dob, 'fr', c.rng)}
{idline}{p.address}
Tél. domicile : {p.phone}

Dx : apnée obstructive du sommeil {s['sev']} (IAH {s['ahi']}/h, nadir {s['nadir']} %).
Rx : PPC auto 5-15 cm H2O, humidificateur chauffant, masque au choix. Merci de nous faire parvenir les données d'observance à 30 jours.

{c.closing('fr')}
{c.dr(md, 'fr')}
Clinique du sommeil, Hôpital de la Rivière-Verte"""
    rep = c.staff()
    return c.spec(lang, (c.dr(md, lang), addr_of(md, HOSP)), [('Service clientèle RespirAide', f'commandes@{CPAP}')],
                  subj, body, types, 'CPAP prescription to supplier with home address and PSG values')


def voice_clinic_consult(c):
    lang = c.pick(['fr', 'fr', 'en'])
    with_nam = c.rng.random() < 0.5
    p = c.ids.holder(1955, 2005) if with_nam else c.ids.patient(1960, 2003)
    md, slp = c.staff(), c.staff()
    mrn = mrn_fmt(p.mrn, c.pick(['plain', 'slash', 'site']))
    if with_nam:
        mrn = mrn + (', NAM ' if lang == 'fr' else ', RAMQ ') + nam_fmt(p.nam, _nam_style(c))
    dx_fr, dx_en = c.pick([('nodules bilatéraux des cordes vocales', 'bilateral vocal fold nodules'),
                           ('polype hémorragique de la corde vocale droite', 'right vocal fold hemorrhagic polyp'),
                           ('paralysie de la corde vocale gauche post-thyroïdectomie', 'left vocal fold paralysis after thyroidectomy'),
                           ('œdème de Reinke bilatéral (tabagisme actif)', 'bilateral Reinke\'s edema (active smoker)'),
                           ('laryngite de reflux', 'laryngopharyngeal reflux')])
    job = c.pick([('enseignant au primaire', 'enseignante au primaire'), ('chanteur de chorale', 'chanteuse de chorale'),
                   ('préposé au service à la clientèle', 'préposée au service à la clientèle'), ('entraîneur de hockey', 'entraîneuse de hockey')])[p.sex == 'F']
    if lang == 'fr':
        subj = c.pick(['Référence orthophonie - clinique de la voix', f'Vidéostroboscopie {p.surname}', 'Suivi voix'])
        body = f"""{c.greet('fr', slp.given)}

Je te réfère {name_form(p, 'fr', c.rng)} (dossier {mrn}), {job}, vu{'e' if p.sex == 'F' else ''} ce matin à la clinique de la voix pour dysphonie depuis {c.rng.randint(2, 14)} mois.
Vidéostroboscopie : {dx_fr}, fermeture glottique incomplète, onde muqueuse diminuée.
Plan : thérapie vocale 8 séances, {c.pick(['pantoprazole 40 mg BID x 3 mois', 'hygiène vocale et hydratation', 'cessation tabagique'])}, revoir dans 3 mois.

Peux-tu lui offrir une plage rapidement? {'Elle' if p.sex == 'F' else 'Il'} est en arrêt de travail partiel.

{c.closing('fr')}
{c.signature(md, 'fr', 'ORL - laryngologie', 'voix')}"""
    else:
        subj = c.pick(['SLP referral - voice clinic', f'Stroboscopy {p.surname}', 'Voice therapy request'])
        body = f"""{c.greet('en', slp.given)}

Referring {name_form(p, 'en', c.rng)} (MRN {mrn}), seen today in voice clinic for {c.rng.randint(2, 14)} months of hoarseness.
Stroboscopy: {dx_en}, incomplete glottic closure, reduced mucosal wave.
Plan: voice therapy x 8 sessions, {c.pick(['pantoprazole 40 mg BID x 3 months', 'vocal hygiene', 'smoking cessation'])}, recheck in 3 months.

{c.closing('en')}
{c.signature(md, 'en', 'Laryngologist', 'voix')}"""
    types = ['patient_name', 'mrn', 'diagnosis'] + (['ramq_nam'] if with_nam else [])
    if 'pantoprazole' in body:
        types.append('medication')
    return c.spec(lang, (c.dr(md, lang), addr_of(md, HOSP)), [(slp.full, addr_of(slp, HOSP))], subj, body,
                  types, 'Voice clinic referral to SLP with stroboscopy findings')


def vestibular_results(c):
    lang = c.pick(['en', 'en', 'fr'])
    p = c.ids.patient(1945, 1995)
    aud, md = c.staff(), c.staff()
    side = c.pick([('right', 'droite', 'left', 'gauche'), ('left', 'gauche', 'right', 'droite')])
    kind = c.pick(['neuritis', 'meniere', 'bppv'])
    uw = c.rng.randint(28, 80)
    g_bad, g_ok = round(c.rng.uniform(0.4, 0.7), 2), round(c.rng.uniform(0.85, 1.05), 2)
    pta = c.rng.randint(35, 60)
    if lang == 'en':
        he = 'She' if p.sex == 'F' else 'He'
        res = {'neuritis': [f'- VNG caloric: {side[0]} unilateral weakness {uw}%',
                            f'- vHIT: gain {g_bad} {side[0]} horizontal canal with overt saccades, {g_ok} {side[2]}',
                            '- Dix-Hallpike: negative bilaterally', '- Audiogram: symmetric, normal for age'],
               'meniere': [f'- VNG caloric: {side[0]} unilateral weakness {uw}%', f'- vHIT: normal gains ({g_ok} bilaterally)',
                           f'- Audiogram: {side[0]} low-frequency SNHL, PTA {pta} dB HL', '- ECochG: SP/AP ratio 0.52 ' + side[0]],
               'bppv': ['- VNG caloric: symmetric', f'- vHIT: normal gains ({g_ok} bilaterally)',
                        f'- Dix-Hallpike: positive {side[0]}, upbeat torsional nystagmus, latency 3 s', '- Audiogram: normal']}[kind]
        dx = {'neuritis': f'{side[0]} vestibular neuritis', 'meniere': f"{side[0]} Ménière's disease",
              'bppv': f'{side[0]} posterior canal BPPV'}[kind]
        plan = {'neuritis': f'{he} is still on betahistine 24 mg BID and dimenhydrinate PRN - may want to stop the dimenhydrinate to allow compensation. Vestibular rehab referral sent.',
                'meniere': f'{he} is on betahistine 24 mg BID; low-salt diet reviewed. Consider intratympanic steroid if attacks continue.',
                'bppv': 'Epley manoeuvre done x2 in clinic, resolved on re-test. Please stop the meclizine.'}[kind]
        subj = c.pick([f'VNG/vHIT results {p.surname}', 'Vestibular testing done', f'{p.full} - balance testing'])
        body = f"""{c.greet('en', c.drs(md, 'en'))}

Testing done today for {p.full} (age {p.age(c.now.date())}):
""" + '\n'.join(res) + f"""

Findings consistent with {dx}. {plan}

{c.signature(aud, 'en', 'Audiologist', 'vest')}"""
    else:
        res = {'neuritis': [f'- VNG caloriques : hypovalence {side[1]} {uw} %',
                            f'- vHIT : gain {str(g_bad).replace(".", ",")} canal horizontal {side[1]}, saccades de rattrapage',
                            '- Dix-Hallpike : négatif', '- Audiogramme : symétrique, normal pour l\'âge'],
               'meniere': [f'- VNG caloriques : hypovalence {side[1]} {uw} %', '- vHIT : gains normaux',
                           f'- Audiogramme : surdité neurosensorielle des graves {side[1]}, MSP {pta} dB HL'],
               'bppv': ['- VNG caloriques : symétriques', '- vHIT : gains normaux',
                        f'- Dix-Hallpike : positif à {side[1]}, nystagmus torsionnel vers le haut', '- Audiogramme : normal']}[kind]
        dx = {'neuritis': f'névrite vestibulaire {side[1]}', 'meniere': f'maladie de Ménière {side[1]}',
              'bppv': f'VPPB du canal postérieur {side[1]}'}[kind]
        plan = {'neuritis': 'Prend encore bétahistine 24 mg BID et dimenhydrinate au besoin; suggère de cesser le dimenhydrinate. Référence en réadaptation vestibulaire faite.',
                'meniere': 'Sous bétahistine 24 mg BID, diète hyposodée revue. Injection intratympanique de corticoïde à discuter si les crises persistent.',
                'bppv': 'Manœuvre d\'Epley faite 2 fois en clinique, test de contrôle négatif. Cesser la méclizine svp.'}[kind]
        subj = c.pick([f'Résultats VNG/vHIT {p.surname}', 'Bilan vestibulaire', f'{p.full} - bilan vestibulaire complété'])
        body = f"""{c.greet('fr', c.drs(md, 'fr'))}

Bilan complété aujourd'hui pour {p.full} ({p.age(c.now.date())} ans) :
""" + '\n'.join(res) + f"""

Tableau compatible avec une {dx}. {plan}

{c.signature(aud, 'fr', 'audiologiste', 'vest')}"""
    return c.spec(lang, (aud.full, addr_of(aud, HOSP)), [(c.dr(md, lang), addr_of(md, HOSP))], subj, body,
                  ['patient_name', 'lab_result', 'diagnosis', 'medication'], 'Vestibular test results with diagnosis and meds')


def pathology_followup(c):
    lang = c.pick(['fr', 'en'])
    p = c.ids.patient(1945, 1985)
    md, nurse = c.staff(), c.staff()
    mrn = mrn_fmt(p.mrn, c.pick(['plain', 'site', 'space']))
    res = c.pick([('carcinome épidermoïde, p16 positif', 'squamous cell carcinoma, p16 positive'),
                  ('Bethesda IV - néoplasme folliculaire suspecté', 'Bethesda IV - suspicious for follicular neoplasm'),
                  ('adénome pléomorphe', 'pleomorphic adenoma'),
                  ('lymphome à grandes cellules B suspecté, cytométrie en flux demandée', 'suspected large B-cell lymphoma, flow cytometry requested')])
    if lang == 'fr':
        subj = c.pick(['Résultat cytoponction', f'Patho {p.surname} - à discuter', 'Suivi résultat BAF cou'])
        body = f"""{c.greet('fr', nurse.given)}

La cytoponction de {p.surname.upper()} {p.given} ({mrn}) est revenue : {res[0]}.
Peux-tu l'appeler pour devancer son rendez-vous à la semaine prochaine et l'inscrire au comité des tumeurs tête et cou de jeudi? TDM cou-thorax à demander.
Je préfère lui annoncer moi-même, donc juste un rendez-vous pour l'instant svp.

{c.signature(md, 'fr', 'ORL - chirurgie cervico-faciale', 'orl', short=True)}"""
    else:
        subj = c.pick(['FNA result', f'Path {p.surname} - please book', 'Neck FNA follow-up'])
        body = f"""{c.greet('en', nurse.given)}

FNA for {p.surname.upper()}, {p.given} (MRN {mrn}) came back: {res[1]}.
Can you call to move the appointment up to next week and add to Thursday's head & neck tumour board? Needs CT neck/chest.
I'd rather tell the patient myself, so just a booking for now please.

{c.signature(md, 'en', 'Head & Neck Surgery', 'orl', short=True)}"""
    return c.spec(lang, (c.dr(md, lang), addr_of(md, HOSP)), [(nurse.full, addr_of(nurse, HOSP))], subj, body,
                  ['patient_name', 'mrn', 'lab_result', 'diagnosis'], 'Pathology result follow-up request')


def pharmacy_question(c):
    p = c.ids.patient(1940, 2000)
    ph, md = c.staff(), c.staff()
    q = c.rng.random() < 0.5
    if q:
        subj = c.pick(['Question - gouttes otiques', 'Ordonnance Ciprodex - perforation?', 'Vérification ordonnance'])
        body = f"""{c.greet('fr', c.drs(md, 'fr'))}

Je reçois une ordonnance de gentamicine-bétaméthasone gouttes otiques pour {p.full} (DDN {fmt_dob(p.dob, 'fr', c.rng)}). Au dossier de la pharmacie, on note une perforation tympanique droite documentée à votre clinique en {c.past(60, 200).year}.
Vu le risque d'ototoxicité, seriez-vous d'accord pour remplacer par ciprofloxacine/dexaméthasone (Ciprodex) 4 gouttes BID x 7 jours?
Patient{'e' if p.sex == 'F' else ''} attend au comptoir.

Merci,
{ph.full}, pharmacien{'ne' if ph.sex == 'F' else ''}
Pharmacie du Carrefour
Tél. : 514-555-0163 | Téléc. : 514-555-0164"""
        types = ['patient_name', 'date_of_birth', 'medication', 'diagnosis']
    else:
        subj = c.pick(['Interaction - bétahistine', 'Renouvellement Serc', 'Question pharmacien'])
        body = f"""{c.greet('fr')}

Demande de renouvellement pour {p.given} {p.surname}, {p.age(c.now.date())} ans : bétahistine 24 mg BID (maladie de Ménière).
Le patient prend aussi hydrochlorothiazide 25 mg et a commencé de l'amitriptyline 10 mg HS pour les acouphènes selon lui. Pouvez-vous confirmer que c'est bien prescrit par votre clinique?

{ph.full}, pharmacien{'ne' if ph.sex == 'F' else ''}
Pharmacie du Carrefour"""
        types = ['patient_name', 'medication', 'diagnosis']
    return c.spec('fr', (ph.full, addr_of(ph, PHARM)), [(c.dr(md, 'fr'), addr_of(md, HOSP))], subj, body, types,
                  'Community pharmacist question about an ENT prescription')


def discharge_summary_docx(c):
    lang = c.pick(['fr', 'en'])
    with_nam = c.rng.random() < 0.5
    p = c.ids.holder(1940, 2000) if with_nam else c.ids.patient(1940, 2000)
    md, res = c.staff(), c.staff()
    proc = c.pick([('thyroïdectomie totale', 'total thyroidectomy', 'goitre multinodulaire', 'multinodular goitre',
                    'lévothyroxine 100 mcg die, carbonate de calcium 1 g TID', 'levothyroxine 100 mcg daily, calcium carbonate 1 g TID',
                    'Calcium corrigé J1 : 2,02 mmol/L', 'Corrected calcium POD1: 2.02 mmol/L'),
                   ('implantation cochléaire droite', 'right cochlear implantation', 'surdité neurosensorielle profonde bilatérale', 'bilateral profound sensorineural hearing loss',
                    'céfuroxime 500 mg BID x 5 jours, acétaminophène PRN', 'cefuroxime 500 mg BID x 5 days, acetaminophen PRN',
                    'Radiographie post-op : porte-électrodes en place', 'Post-op X-ray: electrode array in place'),
                   ('septoplastie et turbinoplastie', 'septoplasty and turbinoplasty', 'déviation septale avec obstruction nasale', 'deviated septum with nasal obstruction',
                    'irrigations salines, hydromorphone 1 mg q4h PRN', 'saline rinses, hydromorphone 1 mg q4h PRN',
                    'Hb 128 g/L', 'Hb 128 g/L'),
                   ('parotidectomie superficielle gauche', 'left superficial parotidectomy', 'tumeur parotidienne (adénome pléomorphe)', 'parotid tumour (pleomorphic adenoma)',
                    'céphalexine 500 mg QID x 5 jours', 'cephalexin 500 mg QID x 5 days',
                    'Drain retiré J1, 25 mL', 'Drain removed POD1, 25 mL')])
    mrn = mrn_fmt(p.mrn, 'plain')
    i = 0 if lang == 'fr' else 1
    adm = c.past(3, 15)
    if lang == 'fr':
        paras = [f'Nom : {p.surname.upper()}, {p.given}', f'No dossier : {mrn}',
                 f'Date de naissance : {p.dob.isoformat()}'] + ([f'NAM : {p.nam}'] if with_nam else []) + [
                 f'Admission : {adm.isoformat()}   Congé : {(adm + datetime.timedelta(days=2)).isoformat()}',
                 f'Intervention : {proc[0]}', f'Diagnostic : {proc[2]}', f'Examens : {proc[6]}',
                 f'Médication au congé : {proc[4]}', 'Suivi : clinique ORL dans 2 semaines.']
        title = 'Sommaire d\'hospitalisation'
        subj = c.pick(['Sommaire de congé', f'Résumé de dossier - {p.surname}', 'Feuille sommaire à signer'])
        body = f"""{c.greet('fr', c.drs(md, 'fr'))}

Voici le sommaire de congé à réviser et signer. Je l'envoie aussi au médecin de famille une fois signé.

{res.given} (R{c.rng.randint(1, 5)} ORL)"""
    else:
        paras = [f'Name: {p.surname.upper()}, {p.given}', f'MRN: {mrn}', f'DOB: {p.dob.isoformat()}'] + \
                ([f'RAMQ: {p.nam}'] if with_nam else []) + [
                f'Admitted: {adm.isoformat()}   Discharged: {(adm + datetime.timedelta(days=2)).isoformat()}',
                f'Procedure: {proc[1]}', f'Diagnosis: {proc[3]}', f'Investigations: {proc[7]}',
                f'Discharge medications: {proc[5]}', 'Follow-up: ENT clinic in 2 weeks.']
        title = 'Discharge summary'
        subj = c.pick(['Discharge summary for signature', f'D/C summary {p.surname}', 'Discharge summary'])
        body = f"""{c.greet('en', c.drs(md, 'en'))}

Discharge summary attached for review and signature.

{res.given} (PGY{c.rng.randint(1, 5)} ENT)"""
    doc = make_docx(title, paras)
    fn = c.pick([f'sommaire_{p.surname}.docx' if lang == 'fr' else f'dc_summary_{p.surname}.docx', 'document.docx',
                 f'{p.mrn}_{title.replace(" ", "_")}.docx'])
    types = ['patient_name', 'mrn', 'date_of_birth', 'diagnosis', 'medication', 'lab_result'] + (['ramq_nam'] if with_nam else [])
    return c.spec(lang, (res.full, addr_of(res, HOSP)), [(c.dr(md, lang), addr_of(md, HOSP))], subj, body, types,
                  'Discharge summary DOCX attachment',
                  attachments=[Att(fn, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', doc)])


def ci_activation_ics(c):
    lang = c.pick(['fr', 'fr', 'en'])
    p = c.ids.patient(1940, 2010)
    aud, rep = c.staff(), c.staff()
    d = c.future(7, 40)
    start = datetime.datetime(d.year, d.month, d.day, c.rng.randint(8, 14), c.pick([0, 30]))
    end = start + datetime.timedelta(hours=2)
    side = c.pick(['droit', 'gauche']) if lang == 'fr' else c.pick(['right', 'left'])
    mrn = mrn_fmt(p.mrn, c.pick(['plain', 'site']))
    if lang == 'fr':
        summ = c.pick([f'Activation IC - {p.full}', f'Activation implant {side} {p.surname} ({mrn})', f'{p.surname.upper()} {p.given} - activation'])
        desc = (f'Activation du processeur, implant cochléaire {side} posé le {c.past(20, 40).isoformat()}. '
                f'Dossier {mrn}. Surdité profonde bilatérale. Représentant Sonora présent pour la programmation.')
        subj = 'Invitation : ' + summ
        body = f"""{c.greet('fr', rep.given)}

Je t'envoie l'invitation pour l'activation. Salle 4 de l'audiologie.

{c.signature(aud, 'fr', 'audiologiste, programme IC', 'ic')}"""
    else:
        summ = c.pick([f'CI activation - {p.full}', f'Switch-on {side} CI {p.surname} ({mrn})', f'{p.surname.upper()} {p.given} - CI activation'])
        desc = (f'Processor activation, {side} cochlear implant placed {c.past(20, 40).isoformat()}. '
                f'MRN {mrn}. Bilateral profound hearing loss. Sonora rep attending for mapping.')
        subj = 'Invitation: ' + summ
        body = f"""{c.greet('en', rep.given)}

Sending the invite for the switch-on. Audiology room 4.

{c.signature(aud, 'en', 'Audiologist, CI program', 'ic')}"""
    ics = make_ics(f'{c.rng.getrandbits(64):016x}@{HOSP}', summ, start, end, 'Audiologie salle 4 / Audiology room 4',
                   desc, (aud.full, addr_of(aud, HOSP)), [(rep.full, addr_of(rep, 'sonora-implants.example'))])
    return c.spec(lang, (aud.full, addr_of(aud, HOSP)), [(rep.full, addr_of(rep, 'sonora-implants.example'))], subj, body,
                  ['patient_name', 'mrn', 'diagnosis'], 'Calendar invitation (ICS) for CI activation with patient name',
                  attachments=[Att('invite.ics', 'text/calendar', ics, cte=c.pick(['base64', 'quoted-printable', '8bit']),
                                   params={'method': 'REQUEST'})])


def transport_request(c):
    with_nam = c.rng.random() < 0.6
    p = c.ids.holder(1930, 1960) if with_nam else c.ids.patient(1930, 1960)
    clerk = c.staff('F')
    d = c.future(2, 20)
    nm = name_form(p, 'fr', c.rng, c.pick(['full', 'upper_rev', 'title']))
    subj = c.pick(['Demande de transport', f'Transport adapté - {d.isoformat()}', 'Réservation transport ambulancier'])
    body = f"""{c.greet('fr')}

Pourriez-vous réserver un transport pour l'usager suivant :

Usager : {nm}
{'NAM : ' + nam_fmt(p.nam, _nam_style(c)) if with_nam else 'Dossier : ' + p.mrn}
Adresse de départ : {p.address}
Téléphone : {p.phone}
Rendez-vous : {c.day_str(d, 'fr')} à {c.hhmm(8, 13)}, Clinique vestibulaire, 3e étage
Particularités : {c.pick(['vertiges importants (VPPB), doit voyager couché(e) - civière', 'fauteuil roulant, surdité sévère (parler fort, face à face)', 'oxygène 2 L, apnée du sommeil sous PPC, apporter l’appareil'])}
Retour à domicile après le rendez-vous.

{c.closing('fr')}
{c.signature(clerk, 'fr', 'agente administrative', 'vest')}"""
    types = ['patient_name', 'patient_contact', 'diagnosis'] + (['ramq_nam'] if with_nam else ['mrn'])
    return c.spec('fr', (clerk.full, addr_of(clerk, HOSP)), [('Centrale de transport', f'transport@ciusss-rv.example')],
                  subj, body, types, 'Patient transport booking with address and condition')


def tinnitus_letter_patient(c):
    lang = c.pick(['en', 'fr'])
    p = c.ids.patient(1955, 2000)
    aud = c.staff()
    pmail = f'{p.given.lower()[0]}{p.surname.lower().replace(" ", "").replace(chr(39), "")}{c.rng.randint(1, 99)}@{c.pick(PERSONAL)}'
    pmail = pmail.encode('ascii', 'ignore').decode()
    d = c.future(5, 30)
    if lang == 'en':
        subj = c.pick(['Your audiology appointment', 'Tinnitus clinic - follow-up', 'Appointment confirmation'])
        body = f"""Dear {p.title('en')} {p.surname},

This confirms your follow-up at the Tinnitus Clinic on {c.day_str(d, 'en')} at {c.hhmm(9, 15, 'en')} (Audiology, 2nd floor).

As discussed, your hearing test showed a mild high-frequency hearing loss in both ears, which is often associated with tinnitus. Please bring the completed Tinnitus Handicap Inventory (attached last time) and continue using the sound generator at bedtime.

If you cannot attend, please call 514-555-0136.

{c.closing('en')}
{c.signature(aud, 'en', 'Audiologist', 'audio', disclaimer=True)}"""
    else:
        subj = c.pick(['Votre rendez-vous en audiologie', 'Clinique des acouphènes - suivi', 'Confirmation de rendez-vous'])
        body = f"""{p.title('fr')} {p.surname},

Nous vous confirmons votre rendez-vous de suivi à la clinique des acouphènes le {c.day_str(d, 'fr')} à {c.hhmm(9, 15)} (audiologie, 2e étage).

Comme nous en avons discuté, votre audiogramme montre une légère perte auditive dans les aigus aux deux oreilles, souvent associée aux acouphènes. Merci d'apporter le questionnaire THI rempli et de continuer l'utilisation du générateur de bruit au coucher.

En cas d'empêchement : 514-555-0136.

{c.closing('fr')}
{c.signature(aud, 'fr', 'audiologiste', 'audio', disclaimer=True)}"""
    return c.spec(lang, (aud.full, addr_of(aud, HOSP)), [(p.full, pmail)], subj, body,
                  ['patient_name', 'patient_contact', 'diagnosis'], 'Letter to patient personal e-mail about tinnitus follow-up')


def epistaxis_ed_consult(c):
    p = c.ids.patient(1935, 1965)
    er, ent = c.staff(), c.staff()
    mrn = mrn_fmt(p.mrn, c.pick(['plain', 'site', 'space']))
    hb = c.rng.randint(78, 110)
    inr = round(c.rng.uniform(1.1, 4.2), 1)
    med = c.pick(['apixaban 5 mg BID', 'warfarin', 'rivaroxaban 20 mg daily', 'clopidogrel + ASA'])
    subj = c.pick(['ENT consult - epistaxis ED', f'Epistaxis bed {c.rng.randint(1, 30)} - please see', 'Consult request: posterior bleed?'])
    body = f"""{c.greet('en', ent.given)}

Consult request from ED for {name_form(p, 'en', c.rng)}, {p.age(c.now.date())}{p.sex}, MRN {mrn}, bed {c.pick(['A', 'B', 'C'])}{c.rng.randint(1, 24)}.
Recurrent left epistaxis x 3 today, anterior pack placed by us at {c.hhmm(1, 6, 'en')} but still oozing posteriorly.
On {med} for AF. Hb {hb} (baseline 128), INR {inr}, plt 212.
Hemodynamically stable, TXA given.

Can you come see? Thanks
{er.given} - ED"""
    return c.spec('en', (er.full, addr_of(er, HOSP)), [(c.dr(ent, 'en'), addr_of(ent, HOSP))], subj, body,
                  ['patient_name', 'mrn', 'diagnosis', 'medication', 'lab_result'], 'ED consult for epistaxis, anticoagulated, labs')


TEMPLATES = [
    ('referral_sshl', referral_sshl, 3),
    ('consult_ome', consult_reply_ome, 3),
    ('hearing_aid_request', hearing_aid_fitting_request, 3),
    ('psg_report', psg_result, 3),
    ('cpap_rx', cpap_prescription, 3),
    ('voice_clinic', voice_clinic_consult, 3),
    ('vestibular', vestibular_results, 3),
    ('pathology', pathology_followup, 2),
    ('pharmacy', pharmacy_question, 3),
    ('discharge_docx', discharge_summary_docx, 3),
    ('ci_activation_ics', ci_activation_ics, 3),
    ('transport', transport_request, 3),
    ('tinnitus_letter', tinnitus_letter_patient, 2),
    ('epistaxis_consult', epistaxis_ed_consult, 2),
]
