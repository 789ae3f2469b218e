"""Negative templates, part B: newsletters, conferences, committees, teaching cases, blank forms,
education material, research, statistics, minutes, policy bundles, forwarded notices."""
import datetime as dt

from gen_common import L, Spec, Att, ORG, d_long, d_day, d_iso, hhmm, thanks, greet, forward, DOMAIN
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_zip
from gen_mime import html_table, inner_message
from gen_neg_a import _team


def n_newsletter(ctx, lang):
    rng = ctx.rng
    com = {'name': L(lang, 'Communications – Réseau Haute-Rivière', 'Communications - Haute-Rivière Network'), 'email': 'communications@' + DOMAIN}
    d1, d2 = ctx.staff(lang, 'otol'), ctx.staff(lang, 'ci_audio')
    n_ci = rng.randint(38, 71)
    spec = Spec('newsletter', lang, com, [{'name': L(lang, 'Tout le personnel', 'All staff'), 'email': 'tous@' + DOMAIN}], '', '')
    spec.subject = L(lang, 'L\'Écho de l\'audiologie – %s' % ctx.pick(['édition d\'automne', 'numéro 14', 'printemps']),
                     'Audiology Echo - %s' % ctx.pick(['fall edition', 'issue 14', 'spring issue']))
    items = [(L(lang, 'Un nouveau visage en otologie', 'A new face in otology'),
              L(lang, '%s, otologiste formé%s à Toronto, se joint au service. %s opère les cholestéatomes, l\'otospongiose et les '
                      'schwannomes vestibulaires, et soutiendra le programme d\'implant cochléaire.'
                % (d1['title'], 'e' if d1['sex'] == 'F' else '', 'Elle' if d1['sex'] == 'F' else 'Il'),
                '%s, an otologist trained in Toronto, joins the department, operating on cholesteatoma, otosclerosis and '
                'vestibular schwannoma, and supporting the cochlear implant program.' % d1['title'])),
             (L(lang, '%d implantations cette année' % n_ci, '%d implants this year' % n_ci),
              L(lang, 'Le programme a réalisé %d implantations depuis avril, dont %d chez des enfants de moins de 2 ans. Le délai moyen entre '
                      'la candidature et la chirurgie est passé de 11 à 7 mois.' % (n_ci, rng.randint(6, 14)),
                'The program performed %d implants since April, %d of them in children under 2. Average time from candidacy to '
                'surgery dropped from 11 to 7 months.' % (n_ci, rng.randint(6, 14)))),
             (L(lang, 'Semaine de l\'audition', 'Better Hearing Week'),
              L(lang, '%s animera un kiosque de dépistage pour le personnel le %s. Venez tester vos oreilles!' % (d2['name'], d_long(ctx.later(5, 30), 'fr')),
                '%s will run a staff hearing screening booth on %s. Come test your ears!' % (d2['name'], d_long(ctx.later(5, 30), 'en'))))]
    spec.text = '\n\n'.join('%s\n%s' % (h, b) for h, b in items) + '\n\n' + L(lang, 'Pour vous désabonner, répondez « STOP ».', 'To unsubscribe, reply STOP.')
    spec.html = '<h2 style="color:#1f4e79">%s</h2>\n' % spec.subject + '\n'.join(
        '<h3>%s</h3><p>%s</p>' % (h, b) for h, b in items) + '<hr><p style="font-size:10px">%s<br>%s</p>' % (ORG[lang]['network'], ORG[lang]['addr'])
    spec.prefer = {'body': ctx.pick(['html', 'alt', 'alt'])}
    spec.note = L(lang, 'infolettre interne', 'internal newsletter')
    return spec


def n_conference(ctx, lang):
    rng = ctx.rng
    org = ctx.staff(lang, 'otol', 'conf_org_' + lang)
    spk = _team(ctx, lang, 5, ('orl', 'otol', 'audio', 'physio', 'ci_audio'))
    day = ctx.later(20, 80)
    topics = [('Surdité brusque : corticothérapie orale ou intratympanique?', 'Sudden hearing loss: oral or intratympanic steroids?'),
              ('VPPB atypiques et manœuvres de repositionnement', 'Atypical BPPV and repositioning manoeuvres'),
              ('Implant cochléaire chez l\'aîné : résultats et attentes', 'Cochlear implants in older adults: outcomes and expectations'),
              ('Maladie de Ménière : mise à jour 2024', "Ménière's disease: 2024 update"),
              ('Schwannome vestibulaire : observer, irradier ou opérer?', 'Vestibular schwannoma: watch, radiate or operate?'),
              ('CMV congénital et surdité', 'Congenital CMV and hearing loss')]
    rng.shuffle(topics)
    prog = []
    for i, s in enumerate(spk):
        prog.append('%s  %s — %s' % ('%02d:%02d' % (8 + i, 30), topics[i][0 if lang == 'fr' else 1], s['title'] if s['doctor'] else s['name'] + ', ' + s['role_label']))
    spec = Spec('conference', lang, org, [{'name': L(lang, 'Membres – Association régionale d\'ORL', 'Regional ENT Society members'),
                                          'email': 'membres@orl-regional.example'}], '', '')
    spec.subject = L(lang, 'Programme – Journée d\'otologie et de vestibulologie du %s' % d_long(day, 'fr'),
                     'Programme - Otology & Vestibular Day, %s' % d_long(day, 'en'))
    spec.text = '\n'.join([greet(rng, lang), L(lang, 'Voici le programme préliminaire (6 heures de DPC reconnues) :', 'Preliminary programme (6 CPD hours):'), ''] + prog +
                          ['', L(lang, 'Inscription : 150 $ (résidents gratuits). Lieu : Auditorium Saint-Aubert.', 'Registration: $150 (residents free). Venue: St. Aubert Auditorium.'),
                           '', ctx.sig(org, lang)])
    if ctx.chance(0.5):
        spec.atts = [Att(L(lang, 'programme_journee_otologie.pdf', 'otology_day_programme.pdf'), 'application/pdf',
                         make_pdf(spec.subject, prog, author=org['name']), 'pdf')]
    spec.note = L(lang, 'programme de conférence', 'conference programme')
    return spec


def n_committee(ctx, lang):
    rng = ctx.rng
    coord = ctx.staff(lang, 'ci_audio', 'ci_aud_' + lang)
    team = _team(ctx, lang, 4, ('otol', 'speech', 'sw', 'audio'))
    d = ctx.later(3, 20)
    k = ctx.pick(['ci', 'quality', 'ethics'])
    spec = Spec('committee_notice', lang, coord, team, '', '')
    if k == 'ci':
        spec.subject = L(lang, 'Convocation – comité de candidature IC du %s' % d_long(d, 'fr'), 'Notice - CI candidacy committee, %s' % d_long(d, 'en'))
        agenda = [L(lang, '1. Adoption du compte rendu', '1. Approval of minutes'),
                  L(lang, '2. Présentation de %d dossiers (liste transmise séparément par voie sécurisée)' % rng.randint(4, 8),
                    '2. Review of %d files (list sent separately through the secure system)' % rng.randint(4, 8)),
                  L(lang, '3. Critères d\'admissibilité révisés (AzBio < 60 %)', '3. Revised candidacy criteria (AzBio < 60%)'),
                  L(lang, '4. Stock en consignation et budget', '4. Consignment stock and budget')]
    elif k == 'quality':
        spec.subject = L(lang, 'Comité qualité – ordre du jour', 'Quality committee - agenda')
        agenda = [L(lang, '1. Indicateurs : délai de 1re consultation ORL (P2 = 87 jours)', '1. Indicators: wait for first ENT visit (P2 = 87 days)'),
                  L(lang, '2. Déclarations d\'incidents du trimestre (3, aucune conséquence)', '2. Incident reports this quarter (3, no harm)'),
                  L(lang, '3. Audit d\'hygiène des otoscopes', '3. Otoscope hygiene audit')]
    else:
        spec.subject = L(lang, 'CER – projets à l\'étude', 'REB - projects under review')
        agenda = [L(lang, '1. Projet 2024-118 : réadaptation vestibulaire en télésanté (amendement)', '1. Study 2024-118: tele-rehab for vestibular patients (amendment)'),
                  L(lang, '2. Projet 2024-131 : registre des implants cochléaires pédiatriques', '2. Study 2024-131: paediatric cochlear implant registry')]
    spec.text = '\n'.join([greet(rng, lang), L(lang, 'Vous êtes convoqué(e)s le %s à %s, salle 2-114 ou Teams.' % (d_day(d, 'fr'), hhmm(rng, 'fr')),
                                               'You are invited on %s at %s, room 2-114 or Teams.' % (d_day(d, 'en'), hhmm(rng, 'en'))), ''] + agenda +
                          ['', ctx.sig(coord, lang)])
    if ctx.chance(0.5):
        st = dt.datetime(d.year, d.month, d.day, 12, 0)
        spec.atts = [Att('invite.ics', 'text/calendar', make_ics(ctx.uid('cmte'), st, st + dt.timedelta(hours=1), spec.subject,
                                                                 '\n'.join(agenda), L(lang, 'Salle 2-114', 'Room 2-114'), coord, team), 'ics')]
    spec.note = L(lang, 'convocation de comité', 'committee notice')
    return spec


def n_teaching(ctx, lang):
    rng = ctx.rng
    md = ctx.staff(lang, 'otol', 'teach_' + lang)
    res = _team(ctx, lang, 3, ('resident',))
    age = rng.randint(35, 78)
    case = ctx.pick([
        ('Cas : %s de %d ans, surdité brusque droite au réveil, acouphène, sans vertige. Audiogramme : perte de 70 dB sur 3 fréquences '
         'contiguës. Questions : 1) bilan? 2) traitement? 3) quand demander une IRM?', 'Case: %d-year-old %s with right sudden hearing loss on '
         'waking, tinnitus, no vertigo. Audiogram: 70 dB loss over 3 contiguous frequencies. Questions: 1) work-up? 2) treatment? 3) when to order MRI?'),
        ('Cas : %s de %d ans, crises de vertige de 2 à 4 heures avec plénitude auriculaire gauche et surdité fluctuante en basses '
         'fréquences. Discuter du diagnostic différentiel et de la prise en charge par étapes.', 'Case: %d-year-old %s with 2-4 hour '
         'vertigo spells, left aural fullness and fluctuating low-frequency hearing loss. Discuss differential and stepwise management.'),
        ('Cas : enfant de %d ans avec surdité profonde bilatérale et %s; hypoplasie du nerf cochléaire? Quels examens avant l\'IC?',
         'Case: %d-year-old with bilateral profound loss and %s; cochlear nerve hypoplasia? What imaging before CI?')])
    sex_fr, sex_en = ctx.pick([('femme', 'woman'), ('homme', 'man')])
    if 'enfant' in case[0]:
        txt = L(lang, case[0] % (rng.randint(1, 4), 'retard moteur'), case[1] % (rng.randint(1, 4), 'motor delay'))
    else:
        txt = L(lang, case[0] % (sex_fr.capitalize() if False else sex_fr, age), case[1] % (age, sex_en))
    spec = Spec('teaching_case', lang, md, res, '', '')
    spec.subject = L(lang, 'Club de lecture / cas de jeudi', 'Journal club / Thursday case')
    spec.text = '\n'.join([greet(rng, lang), '', txt, '',
                           L(lang, 'Cas anonymisé – ne pas chercher le dossier. Lecture : Chandrasekhar et al., lignes directrices 2019.',
                             'De-identified case - please do not look up the chart. Reading: Chandrasekhar et al., 2019 guideline.'),
                           '', md['given']])
    if ctx.chance(0.4):
        spec.atts = [Att(L(lang, 'cas_clinique.pdf', 'teaching_case.pdf'), 'application/pdf', make_pdf(spec.subject, [txt], author=md['name']), 'pdf')]
    spec.note = L(lang, 'cas d\'enseignement anonymisé', 'de-identified teaching case')
    return spec


def n_blank_form(ctx, lang):
    rng = ctx.rng
    clerk = ctx.staff(lang, 'clerk')
    team = _team(ctx, lang, 2, ('audio', 'nurse', 'orl'))
    k = ctx.pick(['docx', 'merge', 'pdf'])
    spec = Spec('blank_form', lang, clerk, team, '', '')
    fields = [L(lang, 'Nom du patient : ______________________', 'Patient name: ______________________'),
              L(lang, 'NAM : ____ ____ ____   Date de naissance : ____/____/______', 'Health card no.: ______________   DOB: ____/____/______'),
              L(lang, 'Dossier : ____________   Téléphone : (___) ___-____', 'MRN: ____________   Phone: (___) ___-____'),
              L(lang, 'Motif de consultation :  [ ] surdité  [ ] acouphène  [ ] vertige  [ ] otite', 'Reason:  [ ] hearing loss  [ ] tinnitus  [ ] vertigo  [ ] otitis'),
              L(lang, 'Médication actuelle : ____________________________', 'Current medication: ____________________________'),
              L(lang, 'Signature du médecin référent : ________________', 'Referring physician signature: ________________')]
    if k == 'merge':
        spec.subject = L(lang, 'Gabarit – lettre de convocation (publipostage)', 'Template - appointment letter (mail merge)')
        tpl = L(lang, 'Bonjour «Prénom» «Nom»,\n\nVotre rendez-vous en audiologie est prévu le «Date_RV» à «Heure_RV» au «Lieu». '
                      'Votre numéro de dossier : «No_dossier». Apportez votre carte d\'assurance maladie.\n\nAudiologie, 819 555-0132',
                'Dear «FirstName» «LastName»,\n\nYour audiology appointment is on «Appt_Date» at «Appt_Time», «Location». '
                'Chart number: «MRN». Please bring your health card.\n\nAudiology, 819 555-0132')
        spec.text = '\n'.join([greet(rng, lang), L(lang, 'Voici le nouveau gabarit à utiliser à partir de lundi :', 'New template to use from Monday:'),
                               '', tpl, '', clerk['given']])
    else:
        spec.subject = L(lang, 'Formulaire de consultation ORL – version 2024', 'ENT referral form - 2024 version')
        spec.text = '\n'.join([greet(rng, lang), L(lang, 'Nouvelle version du formulaire (vierge) en pièce jointe. Merci de détruire les anciennes copies.',
                                                   'New (blank) version of the form attached. Please discard old copies.'), '', ctx.sig(clerk, lang)])
        if k == 'docx':
            spec.atts = [Att(L(lang, 'formulaire_consultation_ORL_vierge.docx', 'ENT_referral_form_blank.docx'),
                             'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                             make_docx(L(lang, 'Demande de consultation – ORL', 'Consultation request - ENT'), fields, author=clerk['name']), 'docx')]
        else:
            spec.atts = [Att(L(lang, 'formulaire_vierge.pdf', 'blank_form.pdf'), 'application/pdf',
                             make_pdf(L(lang, 'Demande de consultation – ORL', 'Consultation request - ENT'), fields, author=clerk['name']), 'pdf')]
    spec.note = L(lang, 'formulaire vierge ou gabarit', 'blank form or template')
    return spec


def n_education(ctx, lang):
    rng = ctx.rng
    aud = ctx.staff(lang, ctx.pick(['audio', 'physio']))
    team = _team(ctx, lang, 3, ('audio', 'physio', 'nurse', 'clerk'))
    k = ctx.pick([('Vivre avec des acouphènes', 'Living with tinnitus',
                   ['Évitez le silence complet : un bruit de fond aide.', 'La caféine n\'aggrave pas toujours les acouphènes.', 'Consultez si l\'acouphène bat au rythme du cœur.'],
                   ['Avoid complete silence: background sound helps.', 'Caffeine does not always worsen tinnitus.', 'See a doctor if the tinnitus pulses with your heartbeat.']),
                  ('Exercices de Brandt-Daroff', 'Brandt-Daroff exercises',
                   ['Assis au bord du lit, se coucher sur le côté 30 secondes.', 'Revenir assis 30 secondes.', 'Répéter 5 fois, matin et soir.'],
                   ['Sit on the edge of the bed, lie on one side for 30 seconds.', 'Sit up for 30 seconds.', 'Repeat 5 times, morning and evening.']),
                  ('Entretien de votre processeur', 'Caring for your sound processor',
                   ['Ranger dans le déshumidificateur chaque nuit.', 'Changer le filtre du microphone aux 3 mois.', 'Éviter les toboggans en plastique (électricité statique).'],
                   ['Store in the dryer every night.', 'Change the microphone cover every 3 months.', 'Avoid plastic slides (static electricity).'])])
    title = k[0] if lang == 'fr' else k[1]
    pts = k[2] if lang == 'fr' else k[3]
    spec = Spec('patient_education', lang, aud, team, L(lang, 'Dépliant révisé : « %s »' % title, 'Revised handout: "%s"' % title), '')
    spec.text = '\n'.join([greet(rng, lang), L(lang, 'La version révisée du dépliant est prête pour impression :', 'The revised handout is ready to print:'), ''] +
                          ['- ' + x for x in pts] + ['', ctx.sig(aud, lang)])
    spec.atts = [Att(L(lang, 'depliant_', 'handout_') + ''.join(c for c in title.lower().replace(' ', '_') if c.isalnum() or c == '_')[:30] + '.pdf',
                     'application/pdf', make_pdf(title, pts + ['', ORG[lang]['audio'] + ' - 819 555-0132'], author=aud['name']), 'pdf')]
    spec.note = L(lang, 'matériel d\'enseignement générique', 'generic patient education handout')
    return spec


def n_research(ctx, lang):
    rng = ctx.rng
    pi = ctx.staff(lang, 'otol', 'pi_' + lang)
    team = _team(ctx, lang, 3, ('audio', 'physio', 'ci_audio'))
    no = '%d-%03d' % (ctx.today.year, rng.randint(100, 199))
    spec = Spec('research_protocol', lang, pi, team, '', '')
    spec.subject = L(lang, 'Protocole %s – version approuvée' % no, 'Protocol %s - approved version' % no)
    lines = [L(lang, 'Titre : Efficacité de la réadaptation vestibulaire en télésanté après névrite vestibulaire',
               'Title: Tele-rehabilitation after vestibular neuritis - a randomised trial'),
             L(lang, 'Critères d\'inclusion : 18-80 ans, névrite vestibulaire unilatérale < 6 semaines, DHI > 30.',
               'Inclusion: age 18-80, unilateral vestibular neuritis < 6 weeks, DHI > 30.'),
             L(lang, 'Exclusion : VPPB actif, maladie de Ménière, troubles cognitifs.', "Exclusion: active BPPV, Ménière's, cognitive impairment."),
             L(lang, 'Taille d\'échantillon visée : 84 participants (2 bras).', 'Target sample: 84 participants (2 arms).'),
             L(lang, 'Approbation CER : %s, valide jusqu\'au %s.' % (no, d_long(ctx.later(300, 360), 'fr')),
               'REB approval: %s, valid until %s.' % (no, d_long(ctx.later(300, 360), 'en')))]
    spec.text = '\n'.join([greet(rng, lang), L(lang, 'Voici la version approuvée du protocole. Le recrutement débute le mois prochain.',
                                               'Here is the approved protocol. Recruitment starts next month.'), ''] + lines + ['', ctx.sig(pi, lang)])
    if ctx.chance(0.5):
        spec.atts = [Att('protocol_%s.docx' % no, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                         make_docx(L(lang, 'Protocole de recherche', 'Research protocol') + ' ' + no, lines, author=pi['name']), 'docx')]
    spec.note = L(lang, 'protocole de recherche sans participants', 'research protocol without participants')
    return spec


def n_stats(ctx, lang):
    rng = ctx.rng
    mgr = ctx.staff(lang, 'manager', 'mgr_' + lang)
    dirn = ctx.staff(lang, 'manager')
    from gen_common import MONTHS_FR, MONTHS_EN
    m = (ctx.today.month - 2) % 12
    spec = Spec('statistics', lang, mgr, [dirn], '', '')
    rows = [[L(lang, 'Indicateur', 'Indicator'), L(lang, 'Mois', 'Month'), L(lang, 'Cumul', 'YTD')],
            [L(lang, 'Audiogrammes', 'Audiograms'), rng.randint(380, 520), rng.randint(3000, 4800)],
            [L(lang, 'Bilans vestibulaires (VNG/vHIT)', 'Vestibular tests (VNG/vHIT)'), rng.randint(40, 90), rng.randint(300, 700)],
            [L(lang, 'Programmations IC', 'CI mappings'), rng.randint(60, 120), rng.randint(500, 1000)],
            [L(lang, 'Implantations', 'Implant surgeries'), rng.randint(3, 9), rng.randint(30, 70)],
            [L(lang, 'Délai moyen 1re éval. IC (jours)', 'Mean wait first CI assessment (days)'), rng.randint(60, 140), ''],
            [L(lang, 'Taux d\'absence (%)', 'No-show rate (%)'), round(rng.uniform(4, 11), 1), '']]
    spec.subject = L(lang, 'Tableau de bord – %s' % MONTHS_FR[m], 'Dashboard - %s' % MONTHS_EN[m])
    spec.text = '\n'.join([greet(rng, lang, dirn['given']), L(lang, 'Voici les statistiques du mois (données agrégées, aucune donnée nominative).',
                                                             "Monthly statistics below (aggregate only)."), ''] +
                          ['%-42s %8s %8s' % tuple(str(x) for x in r) for r in rows] + ['', ctx.sig(mgr, lang)])
    if ctx.chance(0.5):
        spec.atts = [Att(L(lang, 'tableau_de_bord.xlsx', 'dashboard.xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                         make_xlsx([('Stats', rows)], author=mgr['name']), 'xlsx')]
    else:
        spec.html = '<p>%s</p>%s' % (L(lang, 'Statistiques du mois :', 'Monthly statistics:'), html_table(rows))
    spec.note = L(lang, 'statistiques agrégées', 'aggregate statistics')
    return spec


def n_minutes(ctx, lang):
    rng = ctx.rng
    sec = ctx.staff(lang, 'clerk')
    team = _team(ctx, lang, 5)
    spec = Spec('meeting_minutes', lang, sec, team, L(lang, 'Compte rendu – réunion d\'équipe', 'Minutes - team meeting'), '')
    pts = [L(lang, 'Présent(e)s : ', 'Present: ') + ', '.join(s['name'] for s in team),
           L(lang, '1. Liste d\'attente vestibulaire : 212 usagers en attente; ajout d\'une plage le vendredi.', '1. Vestibular waitlist: 212 clients waiting; adding a Friday slot.'),
           L(lang, '2. Un usager a chuté dans la cabine 2 la semaine dernière; rapport d\'incident fait, ajout d\'une barre d\'appui.', '2. A client fell in booth 2 last week; incident report filed, grab bar to be installed.'),
           L(lang, '3. %s présentera les nouveaux critères de candidature IC.' % team[1]['name'], '3. %s will present the new CI candidacy criteria.' % team[1]['name']),
           L(lang, '4. Prochaine réunion : ', '4. Next meeting: ') + d_long(ctx.later(14, 30), lang)]
    spec.text = '\n'.join([greet(rng, lang), ''] + pts + ['', sec['name']])
    if ctx.chance(0.5):
        spec.atts = [Att(L(lang, 'CR_reunion_', 'minutes_') + d_iso(ctx.today) + '.docx',
                         'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                         make_docx(spec.subject, pts, author=sec['name']), 'docx')]
    spec.note = L(lang, 'compte rendu de réunion', 'meeting minutes')
    return spec


def n_policy_zip(ctx, lang):
    rng = ctx.rng
    nurse = ctx.staff(lang, 'nurse', 'ipc_' + lang)
    team = _team(ctx, lang, 3)
    docs = [(L(lang, 'nettoyage_embouts_et_specula.pdf', 'speculum_and_tip_cleaning.pdf'),
             make_pdf(L(lang, 'Nettoyage des embouts et spéculums', 'Cleaning of ear tips and specula'),
                      [L(lang, 'Désinfection de bas niveau après chaque usager.', 'Low-level disinfection after each client.'),
                       L(lang, 'Lingettes approuvées : peroxyde d\'hydrogène 0,5 %.', 'Approved wipes: 0.5% hydrogen peroxide.')], author=nurse['name'])),
            (L(lang, 'procedure_cabine_insonorisee.docx', 'sound_booth_procedure.docx'),
             make_docx(L(lang, 'Procédure – cabine insonorisée', 'Sound booth procedure'),
                       [L(lang, 'Vérifier la porte et les joints chaque matin.', 'Check door and seals every morning.'),
                        L(lang, 'Signaler tout bruit de ventilation > 35 dBA.', 'Report ventilation noise > 35 dBA.')], author=nurse['name']))]
    spec = Spec('policy_bundle', lang, nurse, team, L(lang, 'Procédures PCI mises à jour', 'Updated IPC procedures'), '')
    spec.text = '\n'.join([greet(rng, lang), L(lang, 'Vous trouverez dans le fichier compressé les procédures révisées. À lire avant le %s.' % d_long(ctx.later(7, 20), 'fr'),
                                               'The zip contains the revised procedures. Please read before %s.' % d_long(ctx.later(7, 20), 'en')), '', ctx.sig(nurse, lang)])
    spec.atts = [Att(L(lang, 'procedures_PCI.zip', 'IPC_procedures.zip'), 'application/zip', make_zip(docs), 'zip')]
    spec.note = L(lang, 'procédures en fichier compressé', 'zipped procedures')
    return spec


def n_fwd_notice(ctx, lang):
    rng = ctx.rng
    mgr = ctx.staff(lang, 'manager', 'mgr_' + lang)
    fac = {'name': L(lang, 'Services techniques', 'Facilities'), 'email': 'services.techniques@' + DOMAIN}
    team = _team(ctx, lang, 3)
    d = ctx.later(5, 30)
    txt = L(lang, 'Bonjour,\n\nDes travaux de réfection de la ventilation auront lieu au 3e étage (pavillon B) du %s au %s. '
                  'Les cabines audiométriques 3-204 et 3-206 seront inutilisables. Prévoir le déplacement des cliniques.\n\nServices techniques, poste 3300'
            % (d_long(d, 'fr'), d_long(d + dt.timedelta(days=4), 'fr')),
            'Hello,\n\nVentilation work will take place on the 3rd floor (Building B) from %s to %s. Sound booths 3-204 and '
            '3-206 will be unavailable. Please relocate clinics.\n\nFacilities, ext. 3300' % (d_long(d, 'en'), d_long(d + dt.timedelta(days=4), 'en')))
    subj0 = L(lang, 'Travaux – ventilation 3e étage', 'Works - 3rd floor ventilation')
    spec = Spec('forwarded_notice', lang, mgr, team, '', '')
    if ctx.chance(0.5):
        inner = inner_message(rng, fac, [mgr], subj0, txt, ctx.earlier_dt(), lang, ctx.seed, 'n%d' % ctx.n)
        ctx.n += 1
        spec.atts = [Att(subj0 + '.eml', 'message/rfc822', inner, 'eml')]
        spec.subject = 'TR: ' + subj0 if lang == 'fr' else 'FW: ' + subj0
        spec.text = '\n'.join([greet(rng, lang), L(lang, 'Pour info, voir le message ci-joint. On déplacera les évaluations pédiatriques au 2e.',
                                                   'FYI see attached. We will move paediatric assessments to the 2nd floor.'), '', mgr['given']])
    else:
        spec.subject = 'Fwd: ' + subj0
        spec.text = '\n'.join([L(lang, 'Pour info.', 'FYI.'), '', mgr['given'], '', forward(txt, lang, fac, mgr, ctx.earlier_dt(), subj0)])
    spec.flags.append('forward')
    spec.note = L(lang, 'avis des services techniques transféré', 'forwarded facilities notice')
    return spec
