"""Positive templates, part B: imaging, social situations, foreign identifiers, exports, forwards."""
import datetime as dt
import random

import gen_attach as A
import gen_common as C
from gen_compose import compose, spec
from gen_tpl import fname, fw_, join, letterhead, quote, re_, sig, who
from gen_vocab import AGES, EXAMS, PRIORITIES_EN, PRIORITIES_FR, SPECS
from gen_pos_a import clerk_of, md_of, plan, hist


def p_social_protection(c):
    sw = C.staff_named('Côté')
    case = c.pick(['dpj', 'violence', 'elder'])
    c.add('social_information', 'patient_name')
    if case == 'dpj':
        p = c.pool.pick((2, 14)) if c.chance(0.6) else C.invented_patient(c.rng, c.lang, (3, 13))
        md = C.staff_named(c.pick(['Kaplan', 'Haddad']))
        c.add('diagnosis')
        txt = c.t(
            'Suite à notre discussion, j\'ai fait un signalement à la DPJ ce matin pour %s (%s). Huit caries '
            'profondes et deux abcès non traités, quatre rendez-vous manqués depuis l\'automne, la mère dit ne '
            'pas avoir d\'argent pour l\'essence. L\'intervenante de la DPJ, Mme Bellemare, pourrait vous appeler '
            'cette semaine. Merci de documenter les photos intra-buccales au dossier.'
            % (c.pname(p, c.pick(['full', 'LAST_comma'])), c.dob(p)),
            'Following our talk, I made a report to Youth Protection (DYP) this morning regarding %s (%s). Eight '
            'deep cavities and two untreated abscesses, four missed appointments since the fall, mother says she '
            'cannot afford gas to come in. The DYP worker, Ms. Bellemare, may call you this week. Please keep the '
            'intra-oral photos in the chart.' % (c.pname(p, c.pick(['full', 'LAST_comma'])), c.dob(p)))
        subj = c.pick([c.t('Signalement DPJ', 'DYP report'), c.t('Suivi – signalement', 'Follow-up - report'),
                       c.t('Confidentiel', 'Confidential')])
    elif case == 'violence':
        p = c.pool.pick((20, 60), sex='F') if c.chance(0.5) else C.invented_patient(c.rng, c.lang, (20, 55), sex='F')
        md = C.staff_named(c.pick(['Kaplan', "O'Neill"]))
        c.add('diagnosis', 'patient_contact')
        txt = c.t(
            'Concernant %s vue à l\'urgence puis en clinique pour %s : elle m\'a confié ce matin que les '
            'blessures ne viennent pas d\'une chute mais de son conjoint. Elle ne souhaite pas porter plainte '
            'pour l\'instant. IMPORTANT : ne laissez aucun message au domicile, utiliser seulement le cellulaire '
            'de sa sœur au %s. Elle est hébergée temporairement à la maison d\'hébergement.'
            % (c.pname(p, c.pick(['title', 'full'])), c.dx('dent', 2), C.fmt_phone(C.gen_phone(c.rng), c.rng)),
            'About %s, seen in ER then clinic for %s: she told me this morning the injuries were not from a fall '
            'but from her partner. She does not want to press charges for now. IMPORTANT: do not leave any '
            'message at home, only use her sister\'s cell at %s. She is staying at the women\'s shelter for now.'
            % (c.pname(p, c.pick(['title', 'full'])), c.dx('dent', 2), C.fmt_phone(C.gen_phone(c.rng), c.rng)))
        subj = c.pick([c.t('Confidentiel – suivi TS', 'Confidential - SW follow-up'), c.t('Précautions appel', 'Call precautions')])
    else:
        sx = c.pick('MF')
        p = c.pool.pick((75, 99), sex=sx) if c.chance(0.5) else C.invented_patient(c.rng, c.lang, (75, 95), sex=sx)
        md = C.staff_named(c.pick(['Desrosiers', 'Vaillancourt', 'Hollis']))
        c.add('diagnosis')
        f = p.sex == 'F'
        txt = c.t(
            '%s (%s) : son neveu gère ses comptes et refuse de payer les appareils auditifs alors que %s '
            'a les moyens. %s est %s, presque %s (%s) et vit %s. J\'ai ouvert un dossier pour '
            'maltraitance financière présumée et contacté le Curateur public.'
            % (c.pname(p, c.pick(['title', 'LAST_comma'])), c.dob(p), 'la cliente' if f else 'le client',
               'Elle' if f else 'Il', 'isolée' if f else 'isolé', 'sourde' if f else 'sourd', c.dx('orl', 0),
               'seule' if f else 'seul'),
            '%s (%s): %s nephew manages %s accounts and refuses to pay for hearing aids although %s can '
            'afford them. %s is isolated, nearly deaf (%s) and lives alone. I opened a file for suspected '
            'financial abuse and contacted the Public Curator.' % (
                c.pname(p, c.pick(['title', 'LAST_comma'])), c.dob(p), 'her' if f else 'his', 'her' if f else 'his',
                'she' if f else 'he', 'She' if f else 'He', c.dx('orl', 0)))
        subj = c.pick([c.t('Situation préoccupante', 'Concerning situation'), c.t('Maltraitance – suivi', 'Elder abuse follow-up')])
    body = join(C.greeting(c.rng, c.lang, md.name(c.lang)), txt, C.closing(c.rng, c.lang), sig(c, sw))
    return spec(c.lang, 'social_protection', 'social worker: %s' % case, c.types, who(sw, c.lang), [who(md, c.lang)],
                subj, body, date=c.date, priority=c.chance(0.4))


def p_social_housing(c):
    p = c.pool.pick((25, 80)) if c.chance(0.6) else C.invented_patient(c.rng, c.lang, (25, 80))
    a = C.staff_by(clinical=True, org=c.pick(['ophtalmo', 'orl', 'imagerie', 'hosp']), rng=c.rng)
    b = C.staff_named('Côté') if a.surname != 'Côté' else C.staff_named('McKenna')
    c.add('social_information')
    case = c.pick(['aide', 'sdf', 'aide', 'eviction'])
    nm = c.pname(p, c.pick(['title', 'full', 'last_first', 'lower']))
    if case == 'aide':
        txt = c.t('%s est prestataire de l\'aide sociale et ne peut pas payer ses lunettes après la chirurgie '
                  '(%s). Connais-tu un programme ou une fondation qui pourrait l\'aider ?' % (nm, c.dx('ophtalmo', 0)),
                  '%s is on social assistance and cannot pay for glasses after surgery (%s). Do you know of a '
                  'program or foundation that could help?' % (nm, c.dx('ophtalmo', 0)))
    elif case == 'sdf':
        txt = c.t('%s est sans domicile fixe depuis le mois dernier ; on n\'arrive pas à le/la joindre pour '
                  'son IRM. Il/elle dort parfois au refuge Le Phare. Peux-tu laisser un message là-bas ?' % nm,
                  '%s has been homeless since last month; we can\'t reach them about their MRI. They sometimes '
                  'sleep at Le Phare shelter - could you leave a message there?' % nm)
        e = c.exam(sex=p.sex)
        txt += ' ' + c.t('(IRM demandée : %s, %s)', '(MRI requested: %s, %s)') % (e['name'], e['ind'])
        c.add('diagnosis')
    else:
        txt = c.t('%s vient d\'être expulsé(e) de son logement et reste chez une amie au %s. Son suivi pour %s '
                  'est compromis, elle/il a manqué deux injections.' % (nm, c.address(p), c.dx('ophtalmo', 2)),
                  '%s was just evicted and is staying with a friend at %s. Follow-up for %s is at risk, two '
                  'injections missed already.' % (nm, c.address(p), c.dx('ophtalmo', 2)))
    if p.nam and c.chance(0.5):
        txt += '\n' + c.nam_kv(p)
    if case == 'aide' and c.chance(0.6):
        p.sin = p.sin or C.gen_sin(c.rng)
        c.add('ca_sin')
        txt += '\n' + c.t('Pour la demande au programme d\'aide, son NAS : %s', 'For the assistance program form, SIN: %s') % C.fmt_sin(p.sin, c.rng)
    body = join(C.greeting(c.rng, c.lang, b.given), txt, C.closing(c.rng, c.lang), sig(c, a))
    subj = c.pick([c.t('Besoin d\'aide – situation sociale', 'Need help - social situation'),
                   c.t('Patient vulnérable', 'Vulnerable patient'), c.t('Question TS', 'SW question')])
    return spec(c.lang, 'social_housing', 'social situation (%s)' % case, c.types, who(a, c.lang), [who(b, c.lang)],
                subj, body, date=c.date)


def p_mri_waitlist(c):
    coord = C.staff_named('Boisvert')
    dest = C.staff_named(c.pick(['Trudel', 'Gendron', 'Marchand']))
    n = c.rng.randrange(6, 13)
    hdr = c.t(['Priorité', 'Date demande', 'Nom', 'Prénom', 'NAM', 'DDN', 'Examen', 'Indication', 'Requérant', 'Attente (j)'],
              ['Priority', 'Requested', 'Last name', 'First name', 'RAMQ', 'DOB', 'Exam', 'Indication', 'Ordering MD', 'Wait (d)'])
    rows = [hdr]
    for i in range(n):
        if c.chance(0.8):
            p = c.pool.pick((18, 95))
            nam = C.fmt_nam(p.nam, c.rng, c.pick(['plain', 'spaced', 'plain']))
        else:
            p = C.invented_patient(c.rng, c.lang, (18, 90))
            nam = ''
        e = c.exam(sex=p.sex)
        req = c.rng.randrange(20, 400)
        rows.append([c.pick(PRIORITIES_FR if c.fr else PRIORITIES_EN)[:2],
                     (c.date.date() - dt.timedelta(days=req)).isoformat(), p.surname.upper(), p.given, nam,
                     p.dob.isoformat(), e['name'], e['ind'], C.staff_by(clinical=True, md=True, rng=c.rng).name(c.lang), req])
    c.add('patient_name', 'date_of_birth', 'diagnosis')
    if any(r[4] for r in rows[1:]):
        c.add('ramq_nam')
    fmt = c.pick(['xlsx', 'xlsx', 'csv'])
    base = c.t('liste_attente_IRM_transfert_Horizon', 'MRI_waitlist_transfer_Horizon')
    if fmt == 'xlsx':
        att = dict(name='%s_%s.xlsx' % (base, c.date.strftime('%Y-%m-%d')),
                   data=A.make_xlsx([(c.t('Transfert', 'Transfer'), rows)], author=coord.name(c.lang, False)))
    else:
        att = dict(name='%s_%s.csv' % (base, c.date.strftime('%Y%m%d')),
                   text=A.make_csv(rows, delimiter=';' if c.fr else ',').decode('utf-8'),
                   charset=c.pick(['utf-8', 'windows-1252']))
    body = join(C.greeting(c.rng, c.lang, dest.given),
                c.t('Tel que convenu dans l\'entente de services, voici le lot de %d patients de la liste d\'attente '
                    'IRM du CHRVSA à prendre en charge chez Horizon. Merci de nous retourner les dates de rendez-vous '
                    'd\'ici vendredi.' % n,
                    'As per the service agreement, here is the batch of %d patients from the CHRVSA MRI wait list '
                    'for Horizon to schedule. Please send back the appointment dates by Friday.' % n),
                C.closing(c.rng, c.lang), sig(c, coord))
    subj = c.pick([c.t('Transfert liste d\'attente IRM – lot %d', 'MRI wait list transfer - batch %d') % c.rng.randrange(3, 30),
                   c.t('Liste IRM à céduler', 'MRI list to schedule')])
    return spec(c.lang, 'mri_waitlist', 'MRI wait-list export (%s) sent to private partner' % fmt, c.types,
                who(coord, c.lang), [who(dest, c.lang)], subj, body, date=c.date, attachments=[att])


def p_booking_request(c):
    p = c.pool.pick((18, 92)) if c.chance(0.7) else C.invented_patient(c.rng, c.lang, (18, 92))
    src = C.staff_by(clinical=True, org=c.pick(SPECS + ['gmf']), md=True, rng=c.rng)
    dest = C.staff_named(c.pick(['Trudel', 'Boisvert']))
    e = c.exam(sex=p.sex)
    c.add('diagnosis')
    lines = [c.t('Nom : ', 'Name: ') + c.pname(p, c.pick(['LAST_comma', 'full', 'title'])), c.dob(p)]
    if p.nam:
        lines.append(c.nam_kv(p))
    else:
        lines.append(c.mrn(p))
    lines += [c.t('Examen : ', 'Exam: ') + e['name'], c.t('Indication : ', 'Indication: ') + e['ind'],
              c.t('Priorité : ', 'Priority: ') + c.pick(PRIORITIES_FR if c.fr else PRIORITIES_EN)]
    if c.chance(0.5):
        lines.append(c.t('Fonction rénale : ', 'Renal function: ') + c.lab('imagerie'))
    if c.chance(0.5):
        c.add('medication')
        if c.chance(0.6):
            lines.append(c.t('Claustrophobe – prémédication : lorazépam 1 mg SL 30 min avant l\'examen',
                             'Claustrophobic - premedication: lorazepam 1 mg SL 30 min before the scan'))
        else:
            lines.append(c.t('Médication pertinente : ', 'Relevant medication: ') + c.pick(
                [c.t('metformine (à suspendre 48 h après le contraste iodé)', 'metformin (hold 48 h after iodinated contrast)'),
                 c.t('apixaban 5 mg BID', 'apixaban 5 mg BID'),
                 c.t('allergie au gadolinium : prednisone 50 mg 13 h, 7 h et 1 h avant', 'gadolinium allergy: prednisone 50 mg at 13, 7 and 1 h before')]))
    if c.chance(0.3):
        lines.append(c.t('Porteur d\'un stimulateur cardiaque compatible IRM (carte jointe au dossier)',
                         'Has an MR-conditional pacemaker (card in chart)'))
    if c.chance(0.6):
        lines.append(c.t('Téléphone : ', 'Phone: ') + c.phone(p))
    if c.chance(0.3):
        c.add('social_information')
        lines.append(c.pick([c.t('Réside en CHSLD, accompagnement par préposé requis.', 'Lives in a long-term care home, needs an attendant.'),
                             c.t('Sans domicile fixe – joindre via le refuge Le Phare.', 'Homeless - reach through Le Phare shelter.'),
                             c.t('Sous curatelle publique, consentement par la curatrice.', 'Under public curatorship; consent from the curator.'),
                             c.t('Demandeur d\'asile, interprète en espagnol requis.', 'Asylum seeker, Spanish interpreter needed.')]))
    body = join(C.greeting(c.rng, c.lang), c.t('Demande de rendez-vous en imagerie :', 'Imaging booking request:'),
                '\n'.join(lines), C.closing(c.rng, c.lang), sig(c, src))
    subj = c.pick([c.t('Demande d\'examen – %s', 'Exam request - %s') % e['name'],
                   c.t('Rendez-vous imagerie', 'Imaging appointment')])
    return spec(c.lang, 'imaging_booking', 'imaging booking request', c.types, who(src, c.lang), [who(dest, c.lang)],
                subj, body, date=c.date)


def technique(c, e):
    n = e['name'].lower()
    if 'irm' in n or 'mri' in n:
        return c.t('Technique : séquences standard avec et sans gadolinium.', 'Technique: standard sequences with and without gadolinium.')
    if 'tdm' in n or 'ct' in n.split() or 'cone' in n:
        return c.t('Technique : acquisition hélicoïdale, reconstructions multiplanaires.', 'Technique: helical acquisition with multiplanar reconstructions.')
    if 'mammo' in n:
        return c.t('Technique : incidences CC et MLO bilatérales, tomosynthèse.', 'Technique: bilateral CC and MLO views with tomosynthesis.')
    return c.t('Technique : examen échographique en mode B et Doppler.', 'Technique: B-mode and Doppler ultrasound.')


def _report_blocks(c, p, e, rad, acc):
    c.add('patient_name', 'mrn', 'diagnosis')
    kv = [(c.t('Patient', 'Patient'), p.name('LAST_comma', c.lang)), (c.t('No dossier', 'MRN'), p.mrn),
          (c.t('No accession', 'Accession #'), acc), (c.t('Examen', 'Exam'), e['name']),
          (c.t('Date', 'Date'), c.date.date().isoformat())]
    if c.chance(0.7):
        kv.insert(1, (c.t('Date de naissance', 'DOB'), p.dob.isoformat()))
        c.add('date_of_birth')
    if p.nam and c.chance(0.7):
        kv.insert(2, ('NAM' if c.fr else 'RAMQ', C.fmt_nam(p.nam, c.rng, 'spaced')))
        c.add('ramq_nam')
    return [('h', c.t('RAPPORT D\'IMAGERIE', 'IMAGING REPORT')), ('kv', kv),
            c.t('Renseignements cliniques : ', 'Clinical information: ') + e['ind'],
            technique(c, e),
            c.t('Observations : ', 'Findings: ') + e['concl'] + '.',
            c.t('CONCLUSION : ', 'IMPRESSION: ') + e['concl'] + '.',
            c.t('Dicté par : ', 'Dictated by: ') + rad.name(c.lang) + c.t(', radiologiste', ', radiologist'),
            ('small', c.t('Rapport signé électroniquement.', 'Electronically signed report.'))]


def p_radiology_report(c):
    p = c.pool.pick((18, 90)) if c.chance(0.65) else C.invented_patient(c.rng, c.lang, (18, 90))
    rad = C.staff_named(c.pick(['Marchand', 'Whitfield', 'Archambault']))
    ref = C.staff_by(clinical=True, md=True, rng=c.rng, exclude=[rad])
    e = c.exam(sex=p.sex)
    acc = 'A%d' % c.rng.randrange(10 ** 7, 10 ** 8)
    pdf = A.make_pdf(_report_blocks(c, p, e, rad, acc), title='RIS report %s' % acc, author=rad.name(c.lang, False),
                     letterhead=letterhead(rad.org, c.lang), footer=acc)
    fn = c.pick(['rapport_%s.pdf' % acc, 'Report_%s.pdf' % acc, '%s_%s.pdf' % (fname(p.surname), acc)])
    inline = c.chance(0.4)
    txt = c.t('Bonjour, résultat significatif à vous communiquer. Rapport ci-joint.',
              'Hello, significant finding to communicate - report attached.')
    if inline:
        txt += '\n\n' + c.t('En bref : ', 'In short: ') + e['concl'] + '.'
    body = join(txt, c.t('Merci d\'en prendre connaissance et d\'assurer le suivi.', 'Please review and arrange follow-up.'),
                sig(c, rad))
    subj = c.pick([c.t('Résultat critique – ', 'Critical result - ') + acc, c.t('Rapport d\'imagerie', 'Imaging report'),
                   c.t('Résultat à communiquer', 'Result to communicate')])
    return spec(c.lang, 'radiology_report', 'radiology report PDF', c.types, who(rad, c.lang), [who(ref, c.lang)], subj,
                body, date=c.date, attachments=[dict(name=fn, data=pdf)], priority=c.chance(0.5))


def p_pacs_export(c):
    pacs = C.staff_named('Tran')
    dest_addr = ('%s' % c.t('Archives imagerie – Hôpital partenaire', 'Imaging records - partner hospital'),
                 'imagerie.archives@hopital-partenaire.example')
    n = c.rng.randrange(3, 9)
    hdr = ['AccessionNumber', 'PatientID', 'PatientName', 'PatientBirthDate', 'Modality', 'StudyDescription',
           'StudyDate', 'ReasonForStudy']
    rows = [hdr]
    pts = []
    for i in range(n):
        p = c.pool.pick((18, 95)) if c.chance(0.5) else C.invented_patient(c.rng, c.lang, (18, 95))
        pts.append(p)
        from gen_vocab import FEMALE_ONLY
        e = c.pick([x for j, x in enumerate(EXAMS) if not (p.sex == 'M' and j in FEMALE_ONLY)])
        k = 0 if c.fr else 1
        rows.append(['A%d' % c.rng.randrange(10 ** 7, 10 ** 8), p.mrn, '%s^%s' % (p.surname.upper(), p.given.upper()),
                     p.dob.strftime('%Y%m%d'), modality(e[1]), e[k].upper(),
                     (c.date.date() - dt.timedelta(days=c.rng.randrange(5, 300))).strftime('%Y%m%d'), e[2 + k]])
    c.add('patient_name', 'mrn', 'date_of_birth', 'diagnosis')
    csvb = A.make_csv(rows, delimiter=',', crlf=True)
    if c.chance(0.5):
        files = [('export_manifest.csv', csvb)]
        for r, p in zip(rows[1:3], pts[:2]):
            e = [x for x in EXAMS if x[0].upper() == r[5] or x[1].upper() == r[5]][0]
            ed = dict(name=e[0 if c.fr else 1], ind=e[2 if c.fr else 3], concl=e[4 if c.fr else 5])
            files.append(('reports/%s.pdf' % r[0], A.make_pdf(_report_blocks(c, p, ed, C.staff_named('Whitfield'), r[0]),
                                                              title='RIS report', letterhead=letterhead('hosp', c.lang))))
        att = dict(name='PACS_export_%s.zip' % c.date.strftime('%Y%m%d'), data=A.make_zip(files))
    else:
        att = dict(name='pacs_export_%s.csv' % c.date.strftime('%Y%m%d_%H%M'), text=csvb.decode('utf-8'))
    body = join(C.greeting(c.rng, c.lang),
                c.t('Suite à la demande de transfert d\'images, voici le manifeste des études poussées vers votre '
                    'PACS via le VPN. Les images devraient être disponibles d\'ici une heure.',
                    'Following the image transfer request, here is the manifest of studies pushed to your PACS over '
                    'the VPN. Images should be available within the hour.'), sig(c, pacs))
    subj = c.pick(['PACS export – %s' % c.date.strftime('%Y-%m-%d'), c.t('Transfert d\'images', 'Image transfer'),
                   c.t('Manifeste exportation PACS', 'PACS export manifest')])
    return spec(c.lang, 'pacs_export', 'PACS export manifest', c.types, who(pacs, c.lang), [dest_addr], subj, body,
                date=c.date, attachments=[att])


def modality(name_en):
    n = name_en.lower()
    if 'mri' in n:
        return 'MR'
    if 'ct' in n.split() or 'cone-beam' in n:
        return 'CT'
    if 'mammogram' in n:
        return 'MG'
    if 'ultrasound' in n:
        return 'US'
    return 'OT'


def p_transport_request(c):
    p = c.pool.pick((60, 99)) if c.chance(0.5) else C.invented_patient(c.rng, c.lang, (60, 95))
    a = C.staff_named(c.pick(['Trudel', 'Boisvert', 'Lapierre']))
    dest = (c.t('Centrale transport adapté', 'Paratransit dispatch'), 'reservation@transport-adapte-vsa.example')
    when = C.later(c.date, c.rng, 2, 20)
    cond = c.pick([c.t('MPOC sous oxygène 2 L', 'COPD on 2 L home oxygen'), c.t('hémiplégie gauche, fauteuil roulant', 'left hemiplegia, wheelchair'),
                   c.t('démence modérée, doit être accompagné', 'moderate dementia, needs an escort'),
                   c.t('aveugle légale (glaucome)', 'legally blind (glaucoma)')])
    c.add('diagnosis')
    e = c.exam(sex=p.sex)
    lines = [c.t('Usager : ', 'Client: ') + c.pname(p, c.pick(['full', 'title', 'LAST_comma'])),
             c.t('Adresse : ', 'Address: ') + c.address(p), c.t('Téléphone : ', 'Phone: ') + c.phone(p),
             c.t('Condition : ', 'Condition: ') + cond,
             c.t('Destination : ', 'Destination: ') + C.CLINICS['imagerie'][c.lang] + ', ' + C.CLINICS['imagerie']['addr'],
             c.t('Rendez-vous : ', 'Appointment: ') + '%s, %s (%s)' % (C.day(when, c.lang), C.hhmm(c.rng, c.lang, 8, 15), e['name'])]
    if c.chance(0.4):
        lines.insert(1, c.dob(p))
    if c.chance(0.5):
        c.add('social_information')
        lines.append(c.pick([c.t('Vit seul(e), aucun proche disponible pour l\'accompagner.', 'Lives alone, no family available to escort.'),
                             c.t('Réside en ressource intermédiaire (RI Les Tilleuls).', 'Lives in an intermediate resource (Les Tilleuls).'),
                             c.t('Curatelle publique – aviser la curatrice, Mme Beaudin.', 'Under public curatorship - notify the curator, Ms. Beaudin.')]))
    body = join(C.greeting(c.rng, c.lang), c.t('Demande de transport aller-retour :', 'Round-trip transport request:'),
                '\n'.join(lines), C.closing(c.rng, c.lang), sig(c, a))
    subj = c.pick([c.t('Demande de transport', 'Transport request'), c.t('Transport %s', 'Transport %s') % when.isoformat()])
    return spec(c.lang, 'transport_request', 'paratransit request with home address', c.types, who(a, c.lang), [dest],
                subj, body, date=c.date)


def p_cancel_notice(c):
    p = c.pool.pick((18, 90)) if c.chance(0.5) else C.invented_patient(c.rng, c.lang, (18, 90))
    a = C.staff_named(c.pick(['Trudel', 'Lapierre']))
    org = 'imagerie' if a.surname == 'Trudel' else 'ophtalmo'
    old = C.later(c.date, c.rng, 1, 10)
    new = C.later(old, c.rng, 5, 40)
    if org == 'imagerie':
        e = c.exam(sex=p.sex)
        what = e['name']
        prep = c.t('Compte tenu de votre allergie à l\'iode notée au dossier, prenez la prednisone prescrite la veille.',
                   'Because of the contrast allergy noted in your file, take the prescribed prednisone the night before.')
        c.add('diagnosis', 'medication')
    else:
        what = c.t('injection intravitréenne (DMLA)', 'intravitreal injection (AMD)')
        prep = c.t('Apportez vos gouttes de latanoprost et la liste de vos médicaments.',
                   'Bring your latanoprost drops and your medication list.')
        c.add('diagnosis', 'medication')
    nm = c.pname(p, 'title')
    ident = c.mrn(p)
    txt = join(c.t('Bonjour %s,' % nm, 'Dear %s,' % nm),
               c.t('Nous devons malheureusement reporter votre rendez-vous du %s (%s).' % (C.day(old, 'fr'), what),
                   'Unfortunately we must reschedule your appointment of %s (%s).' % (C.day(old, 'en'), what)),
               c.t('Nouvelle date : %s à %s.' % (C.day(new, 'fr'), C.hhmm(c.rng, 'fr', 8, 16)),
                   'New date: %s at %s' % (C.day(new, 'en'), C.hhmm(c.rng, 'en', 8, 16))),
               prep, ident,
               c.t('Pour toute question : %s.' % C.CLINICS[org]['phone'], 'Questions: %s.' % C.CLINICS[org]['phone']),
               C.CLINICS[org][c.lang])
    subj = c.pick([c.t('Report de votre rendez-vous', 'Your appointment has been rescheduled'),
                   c.t('Changement de rendez-vous – %s', 'Appointment change - %s') % what])
    return spec(c.lang, 'appointment_notice', 'reschedule notice to patient (HTML)', c.types, who(a, c.lang),
                [(p.full(), p.email)], subj, txt, date=c.date, transport={'body': c.pick(['html', 'alt'])})


def p_ontario(c):
    s = c.pick(SPECS + ['imagerie'])
    p = C.invented_patient(c.rng, c.lang, (18, 85))
    p.ohip = C.gen_ohip(c.rng)
    clerk = clerk_of(c, s if s != 'imagerie' else 'imagerie')
    c.add('ca_health_number', 'patient_name')
    dx = c.dx(s) if s != 'imagerie' else c.exam(sex=p.sex)['ind']
    c.add('diagnosis')
    hn = C.fmt_ohip(p.ohip, c.rng)
    lines = [c.t('Nom : ', 'Name: ') + p.name('LAST_comma', c.lang),
             c.t('Carte santé Ontario : ', 'Ontario health card: ') + hn,
             c.t('Adresse : ', 'Address: ') + '%d %s, %s, ON  K%d%s %d%s%d' % (
                 c.rng.randrange(10, 900), c.pick(['Maple Crescent', 'Riverside Dr.', 'King St. W']),
                 c.pick(['Embrun-Nord', 'Glen Robertson', 'Riverview']), c.rng.randrange(10), c.pick('ABCGH'),
                 c.rng.randrange(10), c.pick('ABCRT'), c.rng.randrange(10)),
             c.t('Diagnostic : ', 'Diagnosis: ') + dx]
    c.add('patient_contact')
    if c.chance(0.6):
        lines.insert(1, c.dob(p))
    dest = (c.t('Facturation hors Québec', 'Out-of-province billing'), 'facturation.hq@chrvsa.example')
    body = join(C.greeting(c.rng, c.lang),
                c.t('Patient(e) ontarien(ne) vu(e) aujourd\'hui, facturation à la province d\'origine (entente '
                    'de réciprocité). Informations ci-dessous :',
                    'Ontario patient seen today, bill the home province (reciprocal agreement). Details below:'),
                '\n'.join(lines), C.closing(c.rng, c.lang), sig(c, clerk))
    subj = c.pick([c.t('Facturation hors province', 'Out-of-province billing'), 'OHIP – ' + p.surname])
    return spec(c.lang, 'out_of_province', 'Ontario health number for billing', c.types, who(clerk, c.lang), [dest], subj,
                body, date=c.date)


def p_france(c):
    s = c.pick(['allergie', 'ophtalmo', 'dent', 'derm'])
    p = C.invented_patient(c.rng, 'fr', (19, 70), origin='france')
    p.nir = C.gen_nir(c.rng, p.dob, p.sex)
    md = md_of(c, s)
    c.add('fr_nir', 'patient_name', 'diagnosis')
    nir = C.fmt_nir(p.nir, c.rng)
    dx = c.dx(s)
    who_fr = 'Patient(e) français(e) en stage au Québec' if p.age() < 31 else 'Patient(e) français(e) de passage au Québec'
    who_en = 'French student on an internship in Quebec' if p.age() < 31 else 'French visitor'
    txt = c.t(who_fr + ', vu(e) pour %s. Pour le remboursement par la CPAM '
              '(entente France-Québec, formulaire SE 401-Q-102), voici son NIR : %s. %s' %
              (dx, nir, c.t('Né(e) le ', '') + C.fmt_date(p.dob, 'fr', c.rng, 2)),
              who_en + ', seen for %s. For reimbursement by the CPAM (France-Quebec '
              'agreement, form SE 401-Q-102), here is the French social security number (NIR): %s. Born %s.' %
              (dx, nir, C.fmt_date(p.dob, 'en', c.rng, 1)))
    c.add('date_of_birth')
    nm = c.pname(p, c.pick(['title', 'full', 'LAST_comma']))
    atts = []
    if c.chance(0.5):
        pdf = A.make_pdf([('h', 'Attestation de soins / Certificate of care'),
                          ('kv', [('Nom', p.name('LAST_comma')), ('NIR', nir), ('Naissance', p.dob.isoformat()),
                                  ('Soins', dx), ('Médecin', md.name('fr'))])],
                         title='Attestation', letterhead=letterhead(s, 'fr'))
        atts.append(dict(name='attestation_SE401Q102.pdf', data=pdf))
    dest = (c.t('Service de facturation', 'Billing'), 'facturation@%s' % C.CLINICS[s]['dom'])
    body = join(C.greeting(c.rng, c.lang), c.t('Dossier : ', 'Patient: ') + nm, txt, C.closing(c.rng, c.lang), sig(c, md))
    subj = c.pick([c.t('Patient France – remboursement', 'French patient - reimbursement'), 'SE 401-Q-102'])
    return spec(c.lang, 'foreign_nir', 'French NIR for reimbursement', c.types, who(md, c.lang), [dest], subj, body,
                date=c.date, attachments=atts)


def p_belgium(c):
    s = c.pick(['allergie', 'orl', 'dent', 'imagerie'])
    p = C.invented_patient(c.rng, 'fr', (19, 80), origin='be')
    p.niss = C.gen_niss(c.rng, p.dob, p.sex)
    org = s if s != 'imagerie' else 'imagerie'
    clerk = clerk_of(c, org)
    c.add('be_niss', 'patient_name', 'diagnosis')
    niss = C.fmt_niss(p.niss, c.rng)
    dx = c.dx(s) if s != 'imagerie' else c.exam(sex=p.sex)['ind']
    nm = c.pname(p, c.pick(['full', 'title', 'UPPER']))
    insurer = c.pick(['Mutualité chrétienne', 'Solidaris', 'Partenamut', 'Helan'])
    lines = [c.t('Patient : ', 'Patient: ') + nm, 'NISS : ' + niss if c.fr else 'Belgian NISS: ' + niss,
             c.t('Mutualité : ', 'Sickness fund: ') + insurer, c.t('Motif : ', 'Reason: ') + dx]
    if c.chance(0.5):
        lines.append(c.t('Courriel personnel : ', 'Personal e-mail: ') + p.email)
        c.add('patient_contact')
    dest = ('Assistance voyage', 'dossiers@assistance-voyage-be.example')
    body = join(C.greeting(c.rng, c.lang),
                c.t('Touriste belge pris(e) en charge chez nous cette semaine. Merci de nous confirmer la prise en '
                    'charge des frais :', 'Belgian tourist treated here this week. Please confirm coverage of the costs:'),
                '\n'.join(lines), C.closing(c.rng, c.lang), sig(c, clerk))
    subj = c.pick([c.t('Garantie de paiement – patient belge', 'Payment guarantee - Belgian patient'),
                   c.t('Dossier assistance %d', 'Assistance file %d') % c.rng.randrange(10000, 99999)])
    return spec(c.lang, 'foreign_niss', 'Belgian NISS for travel insurer', c.types, who(clerk, c.lang), [dest], subj,
                body, date=c.date)


def p_sin_form(c):
    case = c.pick(['cnesst', 'insurer', 'cnesst'])
    if case == 'cnesst':
        s = c.pick(['ophtalmo', 'orl'])
    else:
        s = c.pick(['derm', 'dent', 'orl'])
    p = C.invented_patient(c.rng, c.lang, (20, 64))
    p.sin = C.gen_sin(c.rng)
    md = md_of(c, s)
    c.add('ca_sin', 'patient_name', 'diagnosis')
    sin = C.fmt_sin(p.sin, c.rng)
    if case == 'cnesst':
        dx = c.t('corps étranger métallique cornéen OD avec abrasion' if s == 'ophtalmo' else
                 'surdité professionnelle bilatérale (bruit industriel)',
                 'metallic corneal foreign body OD with abrasion' if s == 'ophtalmo' else
                 'bilateral noise-induced occupational hearing loss')
        title = c.t('Attestation médicale CNESST', 'CNESST medical certificate')
    else:
        dx = c.dx(s)
        title = c.t('Déclaration du médecin traitant – invalidité', 'Attending physician statement - disability')
    kv = [(c.t('Travailleur', 'Worker') if case == 'cnesst' else c.t('Assuré', 'Insured'), p.name('LAST_comma', c.lang)),
          (c.t('NAS', 'SIN'), sin), (c.t('Date de naissance', 'Date of birth'), p.dob.isoformat()),
          (c.t('Diagnostic', 'Diagnosis'), dx),
          (c.t('Arrêt de travail', 'Off work'), c.t('%d jours', '%d days') % c.rng.randrange(3, 60))]
    c.add('date_of_birth')
    where = c.pick(['pdf', 'docx', 'body'])
    atts = []
    if where == 'body':
        content = '\n'.join('%s : %s' % kvp if c.fr else '%s: %s' % kvp for kvp in kv)
    else:
        content = c.t('Formulaire rempli ci-joint.', 'Completed form attached.')
        if where == 'pdf':
            atts.append(dict(name=c.pick(['formulaire_CNESST.pdf', 'APS_form.pdf', 'attestation.pdf']),
                             data=A.make_pdf([('h', title), ('kv', kv)], title=title, letterhead=letterhead(s, c.lang))))
        else:
            atts.append(dict(name=c.pick(['declaration_medecin.docx', 'APS.docx']),
                             data=A.make_docx([('h', title), ('table', [list(x) for x in kv])], title=title)))
    dest = ('CNESST – dossiers', 'dossiers@cnesst-region.example') if case == 'cnesst' else \
        (c.t('Réclamations invalidité', 'Disability claims'), 'claims@assurance-vie-boreale.example')
    body = join(C.greeting(c.rng, c.lang), content, C.closing(c.rng, c.lang), sig(c, md))
    subj = c.pick([title, c.t('Formulaire', 'Form') + ' ' + p.surname])
    return spec(c.lang, 'sin_form', 'SIN on %s form' % case, c.types, who(md, c.lang), [dest], subj, body, date=c.date,
                attachments=atts)


def p_fwd_eml(c):
    s = c.pick(SPECS)
    p = c.pool.pick(AGES[s]) if c.chance(0.6) else C.invented_patient(c.rng, c.lang, AGES[s])
    a = md_of(c, s)
    b = C.staff_by(clinical=True, org=c.pick(['hosp', 'gmf']), md=True, rng=c.rng)
    fwd = C.staff_by(clinical=True, md=False, rng=c.rng, exclude=[a, b])
    inner_txt = join(C.greeting(c.rng, c.lang, b.name(c.lang)),
                     c.t('Résultats pour %s (%s) : %s. Diagnostic retenu : %s. Traitement : %s.',
                         'Results for %s (%s): %s. Working diagnosis: %s. Treatment: %s.') % (
                         c.pname(p, c.pick(['full', 'title'])), c.mrn(p) if not p.nam or c.chance(0.5) else c.nam_kv(p),
                         c.lab(s), c.dx(s), c.med(s)),
                     sig(c, a))
    idate = c.date - dt.timedelta(days=c.rng.randrange(1, 20))
    isubj = (c.t('Résultats', 'Results') + ' ' + c.pick(['', p.name('sur_initial', c.lang)])).strip().rstrip('.')
    inner = spec(c.lang, 'inner', '', [], who(a, c.lang), [who(b, c.lang)], isubj.strip(), inner_txt, date=idate)
    irng = random.Random('inner-%d' % c.idx)
    data = compose(inner, irng)
    body = join(C.greeting(c.rng, c.lang, fwd.given),
                c.t('Je te transfère le courriel de %s, peux-tu le classer au dossier ?' % a.name('fr'),
                    'Forwarding %s\'s e-mail - can you file it in the chart?' % a.name('en')), b.given)
    att = dict(kind='eml', name=c.pick(['%s.eml' % isubj.strip(), 'message.eml', 'Fwd.eml']), data=data,
               as_octet=c.chance(0.3))
    return spec(c.lang, 'forward_eml', 'results in an attached .eml', c.types, who(b, c.lang), [who(fwd, c.lang)],
                fw_(c, isubj.strip()), body, date=c.date, attachments=[att], fwd_eml=True)


def p_id_only(c):
    s = c.pick(SPECS + ['imagerie'])
    use_nam = c.chance(0.5)
    p = c.pool.pick(AGES.get(s, (18, 90))) if use_nam else C.invented_patient(c.rng, c.lang, (18, 90))
    a = C.staff_by(clinical=True, org=s if s != 'imagerie' else 'hosp', rng=c.rng)
    b = C.staff_by(clinical=True, rng=c.rng, exclude=[a])
    ident = c.nam_kv(p) if use_nam else c.mrn(p)
    if s == 'imagerie':
        e = c.exam(sex=p.sex)
        info = c.t('%s : %s', '%s: %s') % (e['name'], e['concl'])
        c.add('diagnosis')
    else:
        info = c.t('Résultat : %s. Diagnostic : %s.', 'Result: %s. Diagnosis: %s.') % (c.lab(s), c.dx(s))
    body = join(C.greeting(c.rng, c.lang, b.given),
                c.t('Pour le patient %s — %s Merci de le/la convoquer rapidement.' % (ident, info),
                    'For patient %s - %s Please have them come in soon.' % (ident, info)),
                a.given)
    subj = c.pick([c.t('Suivi requis', 'Follow-up needed'), c.t('À convoquer', 'To call in'), ident])
    return spec(c.lang, 'id_only', 'identifier without name plus result', c.types, who(a, c.lang), [who(b, c.lang)],
                subj, body, date=c.date)


def p_lab_followup(c):
    s = c.pick(['allergie', 'derm', 'allergie', 'derm', 'dent'])
    a = md_of(c, s)
    nurse = clerk_of(c, s)
    n = c.rng.randrange(1, 4)
    lines = []
    for _ in range(n):
        p = c.pool.pick(AGES[s]) if c.chance(0.5) else C.invented_patient(c.rng, c.lang, AGES[s])
        c.new_case(s)
        nm = c.pname(p, c.pick(['full', 'last_first', 'initial', 'title_sur', 'lower']))
        if p.nam and c.chance(0.4):
            nm += ' (%s)' % c.nam(p)
        lines.append('- %s : %s' % (nm, c.lab(s)) if c.fr else '- %s: %s' % (nm, c.lab(s)))
    body = join(C.greeting(c.rng, c.lang, nurse.given),
                c.t('Résultats reçus ce matin, à aviser svp :', 'Results came in this morning, please notify:'),
                '\n'.join(lines),
                c.t('Si quelqu\'un n\'est pas joignable, laisse une note au dossier.', 'If you can\'t reach someone, leave a note in the chart.'),
                a.given)
    subj = c.pick([c.t('Résultats à communiquer', 'Results to communicate'), c.t('Labos', 'Labs'),
                   c.t('Rappels résultats', 'Result call-backs')])
    return spec(c.lang, 'lab_followup', 'lab results to call back', c.types, who(a, c.lang), [who(nurse, c.lang)], subj,
                body, date=c.date)


TEMPLATES = [p_social_protection, p_social_housing, p_mri_waitlist, p_booking_request, p_radiology_report,
             p_pacs_export, p_transport_request, p_cancel_notice, p_ontario, p_france, p_belgium, p_sin_form,
             p_fwd_eml, p_id_only, p_lab_followup]
