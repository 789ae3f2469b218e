"""Positive templates, part B: clinic lists, OR bookings, newborn screening, prescriptions,
transport, interpreters, social work."""
import datetime as dt

from gen_common import L, Spec, Att, ORG, d_long, d_day, d_iso, hhmm, pat_word, he, ne, thanks, greet, phone_fmt
from gen_attach import make_pdf, make_docx, make_csv
from gen_mime import html_table
from gen_pos_a import dx


def t_clinic_list(ctx, lang):
    rng = ctx.rng
    T = set(['patient_name', 'diagnosis'])
    res = ctx.staff(lang, 'resident')
    team = [ctx.staff(lang, 'orl'), ctx.staff(lang, 'nurse')]
    spec = Spec('clinic_list', lang, res, team, '', '')
    day = ctx.later(1, 3) if ctx.chance(0.5) else ctx.today
    probs = [('SNB G J4, prednisone', 'L SSNHL day 4, on prednisone'), ('post-op IC D J10, retrait points', 'R CI post-op day 10, suture removal'),
             ('OMC G, otorrhée', 'L COM, draining ear'), ('VPPB récidivant', 'recurrent BPPV'),
             ('schwannome vestibulaire 7 mm, IRM contrôle', '7 mm vestibular schwannoma, f/u MRI'),
             ('ATT bilat. – contrôle', 'bilateral PE tubes - check'), ('cholestéatome, pré-op', 'cholesteatoma, pre-op'),
             ('paralysie faciale D (Bell), J6', 'R Bell palsy day 6'), ('otospongiose, discuter stapédotomie', 'otosclerosis, discuss stapedotomy'),
             ('épistaxis récidivante sous apixaban', 'recurrent epistaxis on apixaban'), ('acouphène pulsatile, angio-TDM faite', 'pulsatile tinnitus, CTA done'),
             ('Ménière G, injection dexaméthasone IT #2', 'L Meniere, IT dexamethasone #2')]
    rng.shuffle(probs)
    n = rng.randint(5, 9)
    rows = [[L(lang, 'Heure', 'Time'), L(lang, 'Salle', 'Room'), L(lang, 'Patient', 'Patient'), L(lang, 'Dossier', 'MRN'),
             L(lang, 'Motif', 'Problem')]]
    lines = []
    show_mrn = ctx.chance(0.6)
    style = ctx.pick(['surfirst', 'upper', 'initial', 'full', 'lower'])
    for i in range(n):
        p = ctx.patient(lang, 4, 90)
        t = '%02d:%02d' % (8 + i // 2, 30 * (i % 2))
        nm = ctx.name(p, lang, style)
        pr = probs[i % len(probs)][0 if lang == 'fr' else 1]
        if 'prednisone' in pr or 'apixaban' in pr or 'dexam' in pr:
            T.add('medication')
        rows.append([t, str(rng.randint(1, 8)), nm, p.mrn if show_mrn else '', pr])
        lines.append('%s  %s  %-24s %s%s' % (t, L(lang, 'salle ', 'rm ') + rows[-1][1], nm, (p.mrn + '  ') if show_mrn else '', pr))
        spec.names.append(p.surname)
        if show_mrn:
            spec.ids.append(('mrn', p.mrn_digits))
    if show_mrn:
        T.add('mrn')
    spec.subject = ctx.pick([L(lang, 'Liste clinique ORL – %s' % d_day(day, 'fr'), 'ENT clinic list - %s' % d_day(day, 'en')),
                             L(lang, 'Clinique de demain', "Tomorrow's clinic") if day != ctx.today else L(lang, 'Clinique PM', 'PM clinic'),
                             L(lang, 'sign-out ORL', 'ENT sign-out')])
    intro = [greet(rng, lang), L(lang, 'Voici la liste pour %s. Les dossiers en gras sont à prioriser.' % d_long(day, 'fr'),
                                 'List for %s below. Please prioritise the first three.' % d_long(day, 'en'))]
    mode = ctx.pick(['text', 'html', 'csv'])
    if mode == 'csv':
        enc = ctx.pick(['utf-8', 'utf-8-sig', 'windows-1252'])
        a = Att('liste_clinique_%s.csv' % d_iso(day) if lang == 'fr' else 'clinic_list_%s.csv' % d_iso(day), 'text/csv',
                make_csv(rows, delimiter=';' if lang == 'fr' else ',', encoding=enc), 'csv')
        a.charset = 'utf-8' if enc == 'utf-8-sig' else enc
        spec.atts = [a]
        spec.text = '\n'.join(intro + ['', L(lang, 'Liste en CSV ci-jointe.', 'CSV attached.'), '', ctx.sig(res, lang, short=True)])
    else:
        spec.text = '\n'.join(intro + [''] + lines + ['', ctx.sig(res, lang, short=True)])
        if mode == 'html':
            spec.html = '<p>%s<br>%s</p>%s<p>%s</p>' % (intro[0], intro[1], html_table(rows), res['name'])
            spec.prefer = {'body': ctx.pick(['html', 'alt'])}
    spec.types = sorted(T)
    spec.note = L(lang, 'liste de patients de la clinique ORL', 'ENT clinic patient list')
    return spec


def t_or_booking(ctx, lang):
    rng = ctx.rng
    T = set(['diagnosis'])
    sur = ctx.staff(lang, 'otol')
    book = ctx.staff(lang, 'clerk', 'or_booking_' + lang)
    book = dict(book, name=L(lang, 'Réservation bloc opératoire', 'OR Booking Office'),
                email='bloc.reservation@' + book['email'].split('@')[1])
    p = ctx.patient(lang, 1, 84, nam=ctx.chance(0.7 if lang == 'fr' else 0.45))
    child = ctx.age(p) < 12
    procs = [('implantation cochléaire droite', 'right cochlear implantation', 'profound'),
             ('tympanoplastie type I gauche', 'left type I tympanoplasty', 'perf'),
             ('stapédotomie droite', 'right stapedotomy', 'otos'),
             ('mastoïdectomie canal fermé gauche', 'left canal-wall-up mastoidectomy', 'chole')]
    if child:
        procs.append(('aérateurs transtympaniques bilatéraux + adénoïdectomie', 'bilateral PE tubes + adenoidectomy', 'ome'))
    pr = ctx.pick(procs)
    spec = Spec('or_booking', lang, sur, [book], '', '')
    idl = ctx.ident(spec, p, lang, T, dob=True, mrn=ctx.chance(0.7), sep='\n')
    date = ctx.later(20, 90)
    anticoag = None if child else ctx.pick([None, None, ('apixaban (Eliquis) 5 mg BID', 'apixaban 5 mg BID'),
                                            ('ASA 80 mg', 'ASA 81 mg'), ('warfarine', 'warfarin')])
    if anticoag:
        T.add('medication')
    allergy = ctx.pick([L(lang, 'aucune', 'none'), L(lang, 'pénicilline (urticaire)', 'penicillin (hives)'),
                        L(lang, 'latex', 'latex'), 'sulfa'])
    lines = [L(lang, 'Demande de réservation – salle d\'opération', 'OR booking request'), '',
             idl, '',
             L(lang, 'Intervention : ', 'Procedure: ') + pr[0 if lang == 'fr' else 1],
             L(lang, 'Diagnostic : ', 'Diagnosis: ') + dx(lang, pr[2]),
             L(lang, 'Durée prévue : %d min' % rng.choice([60, 90, 120, 180]), 'Estimated time: %d min' % rng.choice([60, 90, 120, 180])),
             L(lang, 'Date souhaitée : semaine du ', 'Preferred date: week of ') + d_long(date, lang),
             L(lang, 'Anesthésie : générale', 'Anaesthesia: general'),
             L(lang, 'Allergies : ', 'Allergies: ') + allergy]
    if anticoag:
        lines.append(L(lang, 'Anticoagulant : %s – cesser 48 h avant' % anticoag[0], 'Anticoagulant: %s - hold 48 h pre-op' % anticoag[1]))
    if pr[2] == 'profound':
        lines.append(L(lang, 'Électrode : à confirmer avec le PIC (modèle en consignation).', 'Electrode: confirm with CI program (consignment stock).'))
    spec.subject = ctx.pick([L(lang, 'Réservation SOP – ', 'OR booking - ') + ctx.name(p, lang, 'surfirst'),
                             L(lang, 'Demande de bloc: ', 'Booking request: ') + pr[0 if lang == 'fr' else 1],
                             L(lang, 'Réservation bloc', 'OR booking')])
    if ctx.chance(0.4):
        spec.text = '\n'.join([greet(rng, lang), L(lang, 'Formulaire de réservation ci-joint.', 'Booking form attached.'),
                               L(lang, 'Intervention : ', 'Procedure: ') + pr[0 if lang == 'fr' else 1],
                               '', ctx.sig(sur, lang, unit=ORG[lang]['ent'])])
        pdf = make_pdf(lines[0], lines[2:], author=sur['name'],
                       subtitle=ORG[lang]['hospital'])
        spec.atts = [Att(L(lang, 'reservation_bloc_', 'OR_booking_') + p.mrn.replace(' ', '') + '.pdf', 'application/pdf', pdf, 'pdf')]
    else:
        spec.text = '\n'.join([greet(rng, lang)] + lines + ['', thanks(rng, lang), ctx.sig(sur, lang, unit=ORG[lang]['ent'])])
    spec.types = sorted(T)
    spec.note = L(lang, 'demande de réservation au bloc opératoire', 'operating room booking request')
    return spec


def t_newborn(ctx, lang):
    rng = ctx.rng
    T = set(['patient_name', 'date_of_birth', 'lab_result', 'patient_contact'])
    nurse = ctx.staff(lang, 'nurse')
    aud = ctx.staff(lang, 'audio')
    spec = Spec('newborn_screening', lang, nurse, [aud], '', '')
    baby_sex = ctx.pick('FM')
    born = ctx.earlier(4, 40)
    mother = ctx.patient(lang, 19, 42, sex='F')
    from gen_common import Patient
    baby = Patient(mother.surname, ctx.pick(['Léa', 'Zoé', 'Florence', 'Rosalie'] if baby_sex == 'F' else ['Mathis', 'Félix', 'Thomas', 'Alexis'])
                   if lang == 'fr' else ctx.pick(['Ava', 'Chloe', 'Maya'] if baby_sex == 'F' else ['Noah', 'Lucas', 'Ethan']),
                   baby_sex, born)
    spec.names.append(mother.surname)
    res = ctx.pick([('PEAA : référé oreille gauche, passé droite', 'AABR: refer left, pass right'),
                    ('OEA : référé bilatéral x 2, PEAA référé gauche', 'OAE: refer both ears x2, AABR refer left'),
                    ('PEAA : référé bilatéral', 'AABR: bilateral refer')])
    cmv = ctx.chance(0.4)
    if cmv:
        T.add('diagnosis')
    dob_s = ctx.dob(baby, lang)
    ph = phone_fmt(rng, mother.phone)
    lines = [L(lang, 'Bébé : %s %s (%s le %s), %s' % (baby.given, baby.surname, 'née' if baby_sex == 'F' else 'né', dob_s,
                                                     'prématuré 34 sem.' if ctx.chance(0.3) else 'à terme'),
               'Baby: %s %s, born %s, %s' % (baby.given, baby.surname, dob_s, 'preterm 34 wks' if ctx.chance(0.3) else 'term')),
             L(lang, 'Mère : ', 'Mother: ') + ctx.name(mother, lang, ctx.pick(['full', 'title'])),
             L(lang, 'Résultat du dépistage : ', 'Screening result: ') + res[0 if lang == 'fr' else 1]]
    if cmv:
        lines.append(L(lang, 'CMV salivaire : POSITIF (prélevé J2) – infectio avisée, valganciclovir à discuter.',
                       'Saliva CMV PCR: POSITIVE (day 2) - ID aware, valganciclovir being discussed.'))
        T.add('medication')
    lines.append(L(lang, 'Téléphone des parents : ', "Parents' phone: ") + ph)
    if ctx.chance(0.5):
        lines.append(L(lang, 'Adresse : ', 'Address: ') + mother.addr['one'])
    if ctx.chance(0.3):
        T.add('social_information')
        lines.append(L(lang, 'Note : famille hébergée temporairement chez la grand-mère, pas de voiture.',
                       'Note: family temporarily staying with grandmother, no car.'))
    spec.subject = ctx.pick([L(lang, 'Dépistage auditif néonatal – référé', 'Newborn hearing screen - refer'),
                             L(lang, 'Bébé %s – PEAA' % baby.surname, 'Baby %s - AABR' % baby.surname),
                             L(lang, 'Suivi DANN', 'UNHS follow-up')])
    body = [greet(rng, lang), '',
            L(lang, 'Pouvez-vous convoquer ce bébé pour PEA diagnostiques avant 3 mois?',
              'Could you book this baby for a diagnostic ABR before 3 months of age?'), ''] + lines + \
        ['', thanks(rng, lang), ctx.sig(nurse, lang, unit=L(lang, 'Unité mère-enfant', 'Mother-Baby Unit'))]
    spec.text = '\n'.join(body)
    spec.types = sorted(T)
    spec.note = L(lang, 'suivi du dépistage auditif néonatal', 'newborn hearing screening follow-up')
    return spec


def t_rx(ctx, lang):
    rng = ctx.rng
    T = set(['patient_name', 'medication'])
    md = ctx.staff(lang, 'orl')
    ph = ctx.pick([('Pharmacie Lacoste et Piché', 'Lacoste & Piché Pharmacy', 'pharmalacoste.example'),
                   ('Pharmacie du Boulevard', 'Boulevard Pharmacy', 'pharmaboulevard.example'),
                   ('Pharmacie Riverview', 'Riverview Pharmacy', 'riverviewrx.example')])
    pharm = {'name': L(lang, ph[0], ph[1]), 'email': L(lang, 'ordonnances@', 'rx@') + ph[2]}
    p = ctx.patient(lang, 18, 90, nam=ctx.chance(0.55))
    spec = Spec('prescription', lang, md, [pharm], '', '')
    idl = ctx.ident(spec, p, lang, T, dob=True, mrn=False, sep='\n')
    rxs = ctx.pick([
        (['Prednisone 50 mg : 1 co PO die x 5 jours puis 25 mg die x 3 jours', 'Pantoprazole 40 mg die pendant la corticothérapie'],
         ['Prednisone 50 mg: 1 tab PO daily x 5 days then 25 mg daily x 3 days', 'Pantoprazole 40 mg daily while on prednisone'], 'ssnhl'),
        (['Ciprofloxacine/dexaméthasone (Ciprodex) : 4 gttes OG BID x 7 jours', 'Précautions eau stricte'],
         ['Ciprofloxacin/dexamethasone (Ciprodex): 4 drops L ear BID x 7 days', 'Strict water precautions'], 'com'),
        (['Bétahistine (Serc) 24 mg : 1 co BID, 3 mois, renouvelable x 2', 'Hydrochlorothiazide 25 mg die'],
         ['Betahistine (Serc) 24 mg: 1 tab BID, 3 months, refill x 2', 'Hydrochlorothiazide 25 mg daily'], 'meniere'),
        (['Céphalexine 500 mg QID x 7 jours', 'Acétaminophène 500 mg 1-2 co q6h PRN'],
         ['Cephalexin 500 mg QID x 7 days', 'Acetaminophen 500 mg 1-2 tabs q6h PRN'], None),
        (['Fluticasone (Flonase) 50 mcg 2 vap. die chaque narine', 'Rinçage salin BID'],
         ['Fluticasone 50 mcg 2 sprays each nostril daily', 'Saline rinse BID'], 'ome')])
    if rxs[2]:
        T.add('diagnosis')
    addr_line = ''
    if ctx.chance(0.55):
        T.add('patient_contact')
        addr_line = ctx.pick([p.addr['one'], L(lang, 'Tél. : ', 'Tel: ') + phone_fmt(rng, p.phone)])
    body = [L(lang, 'ORDONNANCE', 'PRESCRIPTION'), '', idl] + ([addr_line] if addr_line else []) + ['']
    if rxs[2]:
        body.append(L(lang, 'Dx : ', 'Dx: ') + dx(lang, rxs[2]))
    body += ['Rx:'] + ['  %d) %s' % (i + 1, x) for i, x in enumerate(rxs[0 if lang == 'fr' else 1])] + \
        ['', L(lang, 'Prescripteur : %s, permis %d' % (md['name'], rng.randint(10000, 99999)),
               'Prescriber: %s, licence %d' % (md['name'], rng.randint(10000, 99999))),
         L(lang, 'Original conservé au dossier. Ne pas renouveler sans autorisation.', 'Original kept on file.')]
    spec.subject = ctx.pick([L(lang, 'Ordonnance – ', 'Prescription - ') + ctx.name(p, lang, ctx.pick(['surfirst', 'upper'])),
                             L(lang, 'Ordonnance ORL', 'ENT prescription'), 'Rx'])
    if ctx.chance(0.35):
        pdf = make_pdf(L(lang, 'Ordonnance', 'Prescription'), body[2:], author=md['name'], subtitle=ORG[lang]['hospital'])
        spec.atts = [Att(L(lang, 'ordonnance_', 'Rx_') + ctx.fname(p) + '.pdf', 'application/pdf', pdf, 'pdf')]
        spec.text = '\n'.join([greet(rng, lang), L(lang, 'Ordonnance ci-jointe pour votre client(e).', 'Prescription attached.'),
                               L(lang, 'Merci de confirmer la réception.', 'Please confirm receipt.'), '', ctx.sig(md, lang)])
    else:
        spec.text = '\n'.join([greet(rng, lang), ''] + body + ['', ctx.sig(md, lang)])
    spec.types = sorted(T)
    spec.note = L(lang, 'ordonnance envoyée à une pharmacie', 'prescription sent to community pharmacy')
    return spec


def t_transport(ctx, lang):
    rng = ctx.rng
    T = set(['patient_name', 'patient_contact', 'diagnosis'])
    clerk = ctx.staff(lang, 'clerk')
    tr = {'name': L(lang, 'Transport adapté Trois-Lacs', 'Trois-Lacs Paratransit'),
          'email': 'reservations@transport-adapte-troislacs.example'}
    p = ctx.patient(lang, 55, 95, nam=ctx.chance(0.4))
    spec = Spec('transport', lang, clerk, [tr], '', '')
    idl = ctx.ident(spec, p, lang, T, dob=ctx.chance(0.7), mrn=False)
    appt = ctx.later(5, 30)
    t = hhmm(rng, lang)
    need = ctx.pick([('fauteuil roulant, surdité profonde (porte un implant cochléaire) – appeler par texto seulement',
                      'wheelchair; profoundly deaf (cochlear implant user) - contact by text only'),
                     ('marchette; malentendant(e), parler fort et face à la personne', 'walker; hard of hearing, face the client and speak clearly'),
                     ('vertiges importants (Ménière), doit être accompagné(e)', "severe vertigo (Ménière's), needs an escort")])
    lines = [idl, L(lang, 'Adresse de prise en charge : ', 'Pick-up address: ') + p.addr['one'],
             L(lang, 'Téléphone : ', 'Phone: ') + phone_fmt(rng, p.phone),
             L(lang, 'Rendez-vous : %s à %s, %s, %s' % (d_day(appt, 'fr'), t, ORG['fr']['ci'], ORG['fr']['addr2']),
               'Appointment: %s at %s, %s, %s' % (d_day(appt, 'en'), t, ORG['en']['ci'], ORG['en']['addr2'])),
             L(lang, 'Besoins particuliers : ', 'Special needs: ') + need[0 if lang == 'fr' else 1],
             L(lang, 'Retour prévu vers %s' % hhmm(rng, 'fr'), 'Return around %s' % hhmm(rng, 'en'))]
    if ctx.chance(0.35):
        T.add('social_information')
        lines.append(L(lang, "Vit seul%s, aucun proche disponible; bénéficiaire de l'aide sociale (transport gratuit)." % ('e' if p.fem() else ''),
                       'Lives alone, no family available; on social assistance (fare waived).'))
    spec.subject = ctx.pick([L(lang, 'Demande de transport – ', 'Transport request - ') + ctx.name(p, lang, 'surfirst'),
                             L(lang, 'Transport adapté %s' % d_iso(appt), 'Paratransit %s' % d_iso(appt))])
    spec.text = '\n'.join([greet(rng, lang), '',
                           L(lang, 'Nous demandons un transport aller-retour pour l\'usager suivant :',
                             'We are requesting a return trip for the following client:'), ''] + lines +
                          ['', thanks(rng, lang), ctx.sig(clerk, lang, unit=ORG[lang]['ci'])])
    spec.types = sorted(T)
    spec.note = L(lang, 'demande de transport adapté pour un rendez-vous', 'paratransit request for an appointment')
    return spec


def t_interpreter(ctx, lang):
    rng = ctx.rng
    T = set(['patient_name', 'diagnosis'])
    clerk = ctx.staff(lang, 'clerk')
    svc = {'name': L(lang, 'Service d\'interprétation visuelle et tactile', 'Regional Sign Language Interpreting Service'),
           'email': 'demandes@interpretation-visuelle.example'}
    p = ctx.patient(lang, 20, 80)
    spec = Spec('interpreter', lang, clerk, [svc], '', '')
    appt = ctx.later(4, 25)
    t = hhmm(rng, lang)
    langue = L(lang, 'LSQ', ctx.pick(['ASL', 'LSQ']))
    nm = ctx.name(p, lang, ctx.pick(['full', 'title', 'surfirst']))
    spec.names.append(p.surname)
    motive = ctx.pick([('rencontre pré-implant (candidature IC)', 'pre-implant counselling (CI candidacy)'),
                       ('annonce des résultats d\'IRM (schwannome)', 'MRI results visit (vestibular schwannoma)'),
                       ('consultation ORL – otite externe récidivante', 'ENT visit - recurrent otitis externa')])
    lines = [L(lang, 'Usager : ', 'Client: ') + nm + L(lang, ', personne sourde gestuelle', ', Deaf, signs ') + ('' if lang == 'fr' else langue),
             L(lang, 'Langue : ', 'Language: ') + langue,
             L(lang, 'Date : %s à %s (durée 90 min)' % (d_day(appt, 'fr'), t), 'Date: %s at %s (90 min)' % (d_day(appt, 'en'), t)),
             L(lang, 'Lieu : ', 'Location: ') + ORG[lang]['hospital'] + ', ' + ORG[lang]['ent'],
             L(lang, 'Objet de la rencontre : ', 'Purpose: ') + motive[0 if lang == 'fr' else 1]]
    if ctx.chance(0.5):
        T.add('patient_contact')
        lines.append(L(lang, 'Texto de l\'usager (confirmation) : ', "Client's cell for text confirmation: ") + phone_fmt(rng, p.phone))
    spec.subject = L(lang, 'Demande d\'interprète %s – %s' % (langue, d_iso(appt)), '%s interpreter request - %s' % (langue, d_iso(appt)))
    spec.text = '\n'.join([greet(rng, lang), ''] + lines + ['', thanks(rng, lang), ctx.sig(clerk, lang)])
    spec.types = sorted(T)
    spec.note = L(lang, 'réservation d\'interprète pour un rendez-vous', 'interpreter booking for an appointment')
    return spec


def t_social(ctx, lang):
    rng = ctx.rng
    T = set(['patient_name', 'social_information'])
    sw = ctx.staff(lang, 'sw', 'sw_' + lang)
    kind = ctx.pick(['dpj', 'income', 'housing', 'violence'])
    if kind == 'dpj':
        p = ctx.patient(lang, 2, 11, nam=ctx.chance(0.5))
        to = [ctx.staff(lang, 'ci_audio', 'ci_aud_' + lang), ctx.staff(lang, 'otol', 'ci_surgeon_' + lang)]
    else:
        p = ctx.patient(lang, 30, 85, nam=ctx.chance(0.4))
        to = [ctx.staff(lang, 'audio')]
    spec = Spec('social_work', lang, sw, to, '', '')
    idl = ctx.ident(spec, p, lang, T, dob=ctx.chance(0.6))
    if kind == 'dpj':
        T.add('diagnosis')
        txt = L(lang,
                "Suite aux trois rendez-vous manqués de programmation et au processeur égaré depuis septembre, j'ai fait un "
                "signalement à la DPJ ce matin (négligence – besoins de santé). L'intervenante assignée est Mme %s, CISSS. "
                "La mère est d'accord pour qu'on partage le plan de réadaptation. L'enfant n'entend plus rien sans son processeur (IC bilatéral)."
                % ctx.pick(['Lalonde', 'Cyr', 'Nolet']),
                'After three missed mapping appointments and a processor missing since September, I made a report to Youth '
                'Protection this morning (neglect of health needs). The assigned worker is Ms. %s. Mother agreed we can share '
                'the rehab plan. The child has no access to sound without the processor (bilateral CI).' % ctx.pick(['Ingram', 'Vance', 'Tennant']))
    elif kind == 'income':
        T.add('diagnosis')
        txt = L(lang,
                "%s est prestataire de l'aide sociale depuis sa perte d'emploi et n'a plus les moyens de payer les piles et "
                "l'entretien de ses appareils auditifs (surdité modérée-sévère bilatérale). Je prépare une demande au fonds "
                "de dépannage; pouvez-vous me transmettre une attestation du besoin?" % he(p, 'fr').capitalize(),
                '%s has been on social assistance since losing %s job and can no longer afford batteries and repairs for %s '
                'hearing aids (bilateral moderate-severe loss). I am applying to the emergency fund - could you send a letter of need?'
                % (he(p, 'en').capitalize(), 'her' if p.fem() else 'his', 'her' if p.fem() else 'his'))
    elif kind == 'housing':
        T.add('patient_contact')
        txt = L(lang,
                "Changement de situation : %s a été expulsé%s de son logement et demeure temporairement au refuge Le Phare "
                "(pas de téléphone fixe). Joindre sur son cellulaire %s. Les rendez-vous de réadaptation vestibulaire sont à replanifier."
                % (he(p, 'fr'), 'e' if p.fem() else '', phone_fmt(rng, p.phone)),
                'Change of situation: %s was evicted and is staying at the Le Phare shelter for now (no landline). '
                'Reach %s on cell %s. Vestibular rehab appointments need to be rebooked.'
                % (he(p, 'en'), 'her' if p.fem() else 'him', phone_fmt(rng, p.phone)))
    else:
        T.add('diagnosis')
        txt = L(lang,
                "Pour information (ne pas mentionner devant le conjoint) : %s a dévoilé de la violence conjugale lors de l'entrevue. "
                "La perforation tympanique gauche serait consécutive à un coup reçu en octobre. Plan de sécurité fait, "
                "ressource SOS violence conjugale donnée. Ne pas laisser de message vocal au domicile." % he(p, 'fr'),
                'FYI (do not discuss in front of the partner): %s disclosed intimate partner violence at the interview. '
                'The left TM perforation reportedly followed a blow in October. Safety plan done, shelter line provided. '
                'Do not leave voicemail at home.' % he(p, 'en'))
    spec.subject = ctx.pick([L(lang, 'Suivi psychosocial – confidentiel', 'Social work follow-up - confidential'),
                             L(lang, 'Note TS – ', 'SW note - ') + ctx.name(p, lang, ctx.pick(['initial', 'surfirst', 'title_sur'])),
                             L(lang, 'Mise à jour situation sociale', 'Social situation update')])
    body = [greet(rng, lang), '', idl, '', txt, '', ctx.sig(sw, lang, unit=L(lang, 'Service social', 'Social Work'))]
    if ctx.chance(0.3):
        prev_when = ctx.earlier_dt()
        other = to[0]
        q = L(lang, "Bonjour, %s ne s'est pas présenté(e) encore une fois ce matin. As-tu des nouvelles?" % ctx.name(p, lang, 'title_sur'),
              'Hi, %s no-showed again this morning. Any news?' % ctx.name(p, lang, 'title_sur'))
        st = ctx.pick(['gmail', 'outlook'])
        qb = quote_block = None
        from gen_common import quote
        qb = quote(q, lang, other, prev_when, st)
        spec.subject = 'RE: ' + spec.subject if st == 'outlook' else 'Re: ' + spec.subject
        qb = qb.replace('%SUBJ%', spec.subject[4:])
        body += ['', qb]
        spec.flags.append('reply')
    spec.text = '\n'.join(body)
    spec.types = sorted(T)
    spec.note = L(lang, 'note de travail social sur la situation d\'un usager', 'social work note about a client situation')
    return spec
