"""Positive templates, part 3: schools, child life, social work, youth
protection, camps, foundations, insurers, out-of-province and foreign
identifiers, adults holding a RAMQ NAM (donors, survivors, carriers), vCards."""
import gen_attach as A
from gen_common import (Att, Mail, Person, STAFF, EXTERNAL, fdate, fmt_mrn, nm, age_on, tt, dx_name, drug, DX, ONCO,
                        fmt_nam, NAM_STYLES, new_sin, fmt_sin, new_ohip, fmt_ohip, new_niss, fmt_niss, new_nir, fmt_nir,
                        make_child, GIVEN_F, GIVEN_M, SURNAMES, strip_accents, cap1, home_meds)
from gen_text import (hello, thanks, sign, quote, earlier, cbc, demo_line, nam_kv, age_str, kid, parent_word, dec,
                      register_nam, sexstr, he, his)
from gen_pos_care import home_address, parent_phone

S = STAFF
E = EXTERNAL


def _e(word_fr, ch):
    return word_fr + ('e' if ch.sex == 'F' else '')


# ---------------------------------------------------------------- 23 school re-entry
def school_reentry(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(dx=c.choice(['ball', 'ball', 'wilms', 'hodgkin', 'medullo']), holder=h, min_age=5, max_age=16)
    frm = S['poulin'] if fr else S['castell']
    dest = E['lortie'] if fr else E['dunn']
    m = Mail('school_reentry', c.lang, tt(c.lang, 'retour en classe, lettre à l\'école', 'school re-entry letter'), frm, [dest], '')
    a = age_on(ch.dob, c.today)
    grade = max(1, min(a - 5, 11))
    group = '%d%02d' % (grade, c.randint(1, 4))
    start = c.workday(5, 20)
    name = nm(ch, c.choice(['full', 'full', 'given']))
    full = nm(ch, 'full')
    if fr:
        m.subject = c.choice(['Retour en classe de %s' % full, 'Réintégration scolaire — groupe %s' % group, 'Retour progressif à l\'école'])
        txt = [hello(c, 'Mme %s' % dest.surname),
               'Comme discuté avec la famille, %s (groupe %s) pourra revenir en classe à temps partiel (avant-midis) à compter du %s. %s est traité%s pour %s et entre en phase de %s.' % (
                   full, group, fdate(start, 'fr', 1), he(c, ch).capitalize(), 'e' if ch.sex == 'F' else '', dx_name(ch.dx, 'fr'),
                   c.choice(['maintenance', 'consolidation', 'surveillance'])),
               'Quelques consignes :\n- Aviser les parents LE JOUR MÊME de tout cas de varicelle, zona ou rougeole dans l\'école.\n- Accès libre à l\'eau et aux toilettes; collation permise en classe.\n- Port-a-cath sous la clavicule droite : éviter les contacts au thorax en éducation physique.\n- Fatigue importante possible; prévoir un coin calme.',
               ('%s prend de la dexaméthasone 5 jours par mois : changements d\'humeur et d\'appétit à prévoir ces semaines-là.' % name) if ch.dx == 'ball' else
               ('%s reçoit de l\'ondansétron avant les traitements; des nausées et une baisse d\'énergie sont possibles les lendemains de chimio.' % name),
               'Je peux offrir une courte présentation à la classe (avec l\'accord de la famille) pour expliquer la perte de cheveux et répondre aux questions des amis.',
               sign(c, frm, False)]
    else:
        m.subject = c.choice(['Return to school - %s' % full, 'School re-entry, grade %d' % grade, 'Gradual return to class'])
        txt = [hello(c, 'Ms. %s' % dest.surname),
               'As discussed with the family, %s (class %s) can return part-time (mornings) starting %s. %s is being treated for %s and is now in %s.' % (
                   full, group, fdate(start, 'en', 1), he(c, ch).capitalize(), dx_name(ch.dx, 'en'), c.choice(['maintenance', 'consolidation', 'follow-up'])),
               'A few points:\n- Please tell the parents THE SAME DAY about any chickenpox, shingles or measles case in the school.\n- Free access to water and washroom; snacks allowed in class.\n- Port under the right collarbone: avoid chest contact in gym.\n- Fatigue is common; a quiet corner helps.',
               ('%s takes dexamethasone 5 days a month, so mood and appetite changes are expected those weeks.' % name) if ch.dx == 'ball' else
               ('%s gets ondansetron before treatments; nausea and low energy are common the day after chemo.' % name),
               'I am happy to give a short talk to the class (with the family\'s agreement) about hair loss and to answer classmates\' questions.',
               sign(c, frm, False)]
    m.text = '\n\n'.join(txt)
    m.add('patient_name', 'diagnosis', 'medication')
    return m


# ---------------------------------------------------------------- 24 school exposure notice + reply
def school_exposure(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(dx=c.choice(['ball', 'aml', 'nbl', 'hodgkin']), holder=h, min_age=5, max_age=12)
    school = E['lortie'] if fr else E['dunn']
    nurse = S['garneau'] if fr else S['kaur']
    m = Mail('school_exposure', c.lang, tt(c.lang, 'exposition à la varicelle signalée par l\'école', 'chickenpox exposure reported by school'), nurse, [school], '')
    m.cc = [S['poulin'] if fr else S['castell']]
    t0 = earlier(c, 3, 20)
    name = nm(ch, c.choice(['full', 'upper']))
    dz = c.choice(tt(c.lang, ['varicelle', 'rougeole', 'zona'], ['chickenpox', 'measles', 'shingles']))
    if fr:
        orig = ('Bonjour,\n\nNous avons un cas de %s confirmé dans la classe de 3e année (groupe 302). %s est dans ce groupe et était présent%s jeudi et vendredi. '
                'Les parents de la classe seront avisés par lettre ce soir.\n\n%s\nDirection, École primaire des Hirondelles') % (dz, name, 'e' if ch.sex == 'F' else '', school.name)
        ig = 'IgIV' if dz == 'rougeole' else 'VariZIG'
        opts = ['Merci de nous avoir avisés si rapidement. Nous avons joint la famille : %s recevra des immunoglobulines (%s) aujourd\'hui à la clinique de jour, et devra rester à la maison jusqu\'au %s.' % (nm(ch, 'given'), ig, fdate(c.ddays(21), 'fr', 1))]
        if dz != 'rougeole':
            opts.append('Merci. %s a un déficit immunitaire lié à sa chimiothérapie (%s); nous débutons une prophylaxie par valacyclovir et la famille gardera l\'enfant à la maison 3 semaines.' % (nm(ch, 'given'), dx_name(ch.dx, 'fr', True)))
        reply = c.choice(opts)
        m.subject = 'RE: Cas de %s — groupe 302' % dz
    else:
        orig = ('Hello,\n\nWe have a confirmed case of %s in the grade 3 class (room 302). %s is in that class and was in school on Thursday and Friday. '
                'Letters go home to all families tonight.\n\n%s\nVice-principal, Maplecrest Elementary') % (dz, name, school.name)
        ig = 'IVIG' if dz == 'measles' else 'VariZIG'
        opts = ['Thanks for letting us know so quickly. We reached the family: %s will get %s in our day hospital today and should stay home until %s.' % (nm(ch, 'given'), ig, fdate(c.ddays(21), 'en', 1))]
        if dz != 'measles':
            opts.append('Thank you. %s is immunocompromised from chemotherapy (%s); we are starting valacyclovir prophylaxis and the family will keep %s home for 3 weeks.' % (nm(ch, 'given'), dx_name(ch.dx, 'en', True), 'her' if ch.sex == 'F' else 'him'))
        reply = c.choice(opts)
        m.subject = 'RE: %s case - room 302' % dz.capitalize()
    m.text = '%s\n\n%s\n\n%s' % (reply, sign(c, nurse, True), quote(c, school, t0, orig, subject=m.subject[4:]))
    m.add('patient_name', 'diagnosis', 'medication')
    return m


# ---------------------------------------------------------------- 25 IEP / plan d'intervention (DOCX)
def iep(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(dx=c.choice(['medullo', 'ball']), holder=h, min_age=7, max_age=15)
    frm = S['poulin'] if fr else S['castell']
    psych = Person('psy', 'Mme', c.choice(['Annabelle', 'Laurie']), c.choice(['Giroux', 'Brassard']), 'Psychologue scolaire', 'School psychologist',
                   'psychologie', 82, c.lang, 'cssriviere.example' if fr else 'maplecrest-sb.example')
    m = Mail('iep', c.lang, tt(c.lang, 'recommandations pour le plan d\'intervention', 'input for individual education plan'), frm, [psych], '')
    m.cc = [S['vaill']] if ch.dx == 'medullo' else []
    tx = tt(c.lang, 'radiothérapie crânio-spinale 23,4 Gy et chimiothérapie' if ch.dx == 'medullo' else 'chimiothérapie incluant méthotrexate intrathécal',
            'craniospinal radiation 23.4 Gy and chemotherapy' if ch.dx == 'medullo' else 'chemotherapy including intrathecal methotrexate')
    scores = [(tt(c.lang, 'Compréhension verbale', 'Verbal comprehension'), c.randint(88, 104)),
              (tt(c.lang, 'Raisonnement perceptif', 'Perceptual reasoning'), c.randint(82, 100)),
              (tt(c.lang, 'Mémoire de travail', 'Working memory'), c.randint(72, 88)),
              (tt(c.lang, 'Vitesse de traitement', 'Processing speed'), c.randint(64, 80))]
    if h is not None:
        kv = nam_kv(c, m, h)
    else:
        kv = [(tt(c.lang, 'Élève :', 'Student:'), nm(ch, 'full')), (tt(c.lang, 'Date de naissance :', 'Date of birth:'), fdate(ch.dob, c.lang, 1))]
        m.add('patient_name', 'date_of_birth')
    blocks = [('kv', kv), ('h', tt(c.lang, 'Contexte médical', 'Medical background')),
              tt(c.lang, '%s traité%s en %d pour %s (%s). Suivi en neuropsychologie à l\'Hôpital de l\'Enfance Boréale.' % (nm(ch, 'given'), 'e' if ch.sex == 'F' else '', c.today.year - 1, dx_name(ch.dx, 'fr'), tx),
                 '%s was treated in %d for %s (%s). Followed by neuropsychology at Boreal Children\'s Hospital.' % (nm(ch, 'given'), c.today.year - 1, dx_name(ch.dx, 'en'), tx)),
              ('h', tt(c.lang, 'Évaluation neuropsychologique (WISC-V)', 'Neuropsychological assessment (WISC-V)')),
              ('table', [[tt(c.lang, 'Indice', 'Index'), tt(c.lang, 'Score', 'Score')]] + [[k, str(v)] for k, v in scores]),
              ('h', tt(c.lang, 'Recommandations', 'Recommendations')),
              ('bullets', tt(c.lang, ['Temps supplémentaire (1/3) aux évaluations', 'Consignes écrites et orales, une à la fois', 'Local calme pour les examens',
                                      'Périodes de repos; horaire allégé les jours de traitement'],
                             ['Extra time (1/3) on tests', 'Written and oral instructions, one step at a time', 'Quiet room for exams',
                              'Rest breaks; lighter schedule on treatment days']))]
    m.add('diagnosis', 'lab_result')
    fname = tt(c.lang, 'Recommandations_PI_%s.docx', 'IEP_input_%s.docx') % ch.given
    m.atts.append(Att(fname, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                      A.docx(tt(c.lang, 'Recommandations pour le plan d\'intervention', 'Recommendations for the IEP'), blocks, frm.name, c.date), 'docx',
                      fn_style=c.choice(['plain', 'rfc2231'])))
    m.subject = tt(c.lang, 'Plan d\'intervention — recommandations de l\'équipe', 'IEP meeting - hospital team input')
    m.text = '\n\n'.join([hello(c, psych.given), tt(c.lang,
                          'En prévision de la rencontre du plan d\'intervention de jeudi, voici nos recommandations pour %s. Les parents ont signé l\'autorisation de communiquer ces renseignements.' % nm(ch, 'full'),
                          'Ahead of Thursday\'s IEP meeting, here is our input for %s. The parents signed the release of information.' % nm(ch, 'full')),
                          sign(c, frm, False)])
    return m


# ---------------------------------------------------------------- 26 child life note
def child_life(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(dx=c.choice(['rms', 'medullo', 'wilms', 'ball', 'nbl', 'scd']), holder=h, min_age=3, max_age=12)
    frm = S['sauve'] if fr else S['albright']
    to = [c.choice([S['asselin'], S['beaudry'], S['kaur']]), S['cardinal'] if fr else S['okonkwo']]
    m = Mail('child_life', c.lang, tt(c.lang, 'note de la spécialiste en milieu de vie', 'child life specialist note'), frm, to, '')
    sib = c.choice(['Ava', 'Jules', 'Rose', 'Léon', 'Lily'])
    name = nm(ch, c.choice(['given', 'full', 'full']))
    social = c.chance(0.6)
    if fr:
        proc = c.choice(['sa première séance de radiothérapie', 'la ponction lombaire de jeudi', 'l\'IRM sans sédation de vendredi', 'la pose de sa sonde NG'])
        txt = [hello(c),
               'J\'ai rencontré %s (%s, %s) ce matin pour préparer %s. Jeu médical avec la poupée, visite de la salle, %s a choisi sa musique et un objet réconfortant. Stratégies retenues : respiration avec les bulles, compte à rebours, parent présent à la tête.' % (
                   name, age_str(c, ch), dx_name(ch.dx, 'fr', True), proc, he(c, ch)),
               'Objectif : éviter l\'anesthésie si possible. Je serai présente à %dh.' % c.randint(8, 14)]
        if social:
            txt.append('À noter : %s (sœur/frère, 5 ans) exprime beaucoup de jalousie, et les parents nous disent être épuisés; la mère a dû quitter son emploi. Marie-Ève, je te laisse voir pour le soutien.' % sib)
    else:
        proc = c.choice(['%s first radiation session' % ('her' if ch.sex == 'F' else 'his'), 'Thursday\'s LP', 'Friday\'s MRI without sedation', 'the NG tube placement'])
        txt = [hello(c),
               'Met with %s (%s, %s) this morning to prepare for %s. Medical play with the doll, room tour, %s picked music and a comfort item. Coping plan: bubble breathing, countdown, parent at the head of the bed.' % (
                   name, age_str(c, ch), dx_name(ch.dx, 'en', True), proc, he(c, ch)),
               'Goal is to avoid GA if we can. I will be there at %d:00.' % c.randint(8, 14)]
        if social:
            txt.append('Also: sibling %s (5) is showing a lot of jealousy, and the parents say they are exhausted; mom had to leave her job. Tanya, over to you for support.' % sib)
    txt.append(sign(c, frm, True))
    m.subject = tt(c.lang, c.choice(['Préparation — %s' % nm(ch, 'full'), 'Suivi milieu de vie %s' % nm(ch, 'surinit'), 'Préparation procédure']),
                   c.choice(['Prep - %s' % nm(ch, 'full'), 'Child life follow-up %s' % nm(ch, 'surinit'), 'Procedure prep']))
    m.text = '\n\n'.join(txt)
    m.add('patient_name', 'diagnosis')
    if social:
        m.add('social_information')
    if h is not None:
        m.text = m.text.replace('\n\n', '\n\n' + demo_line(c, m, ch) + '\n\n', 1)
    return m


# ---------------------------------------------------------------- 27 social work, housing and income
def social_work(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(dx=c.choice(['aml', 'saa', 'nbl', 'ball']), holder=h)
    frm = S['cardinal'] if fr else S['okonkwo']
    house = ('Maison des Lucioles — hébergement', 'hebergement@maison-lucioles.example')
    m = Mail('social_work', c.lang, tt(c.lang, 'demande d\'hébergement pour une famille', 'family housing request'), frm, [house], '')
    town = c.choice(['Rouyn-Noranda', 'Gaspé', 'Sept-Îles', 'Chibougamau', 'Val-d\'Or'])
    km = c.randint(480, 900)
    name = nm(ch, c.choice(['full', 'upper']))
    if fr:
        m.subject = c.choice(['Demande d\'hébergement — famille %s' % ch.surname, 'Hébergement urgent (%s)' % town, 'Chambre pour une famille de %s' % town])
        txt = [hello(c),
               'Je vous adresse une demande d\'hébergement pour la %s de %s, %s, hospitalisé%s depuis hier pour %s. Durée prévue : %s.' % (
                   parent_word(c, ch), name, age_str(c, ch), 'e' if ch.sex == 'F' else '', dx_name(ch.dx, 'fr'), c.choice(['6 mois (incluant une greffe)', '4 à 6 semaines', 'au moins 3 mois'])),
               'La famille habite %s (%d km). %s' % (town, km, c.choice([
                   'Mère monoparentale, prestataire d\'aide sociale, sans voiture; deux autres enfants gardés par la grand-mère.',
                   'Le père est travailleur saisonnier et n\'a plus de revenus depuis novembre; la famille a des dettes de loyer.',
                   'Les parents sont arrivés au Canada il y a 8 mois (demandeurs d\'asile); interprète en dari requis.'])),
               'Pouvez-vous me confirmer une chambre à partir de ce soir? Je m\'occupe de la demande au programme d\'aide pour le transport.',
               sign(c, frm, False)]
    else:
        m.subject = c.choice(['Housing request - %s family' % ch.surname, 'Urgent room request (%s)' % town, 'Room for a family from %s' % town])
        txt = [hello(c),
               'I am requesting accommodation for the %s of %s, %s, admitted yesterday with %s. Expected stay: %s.' % (
                   parent_word(c, ch), name, age_str(c, ch), dx_name(ch.dx, 'en'), c.choice(['6 months (including transplant)', '4 to 6 weeks', 'at least 3 months'])),
               'The family lives in %s (%d km away). %s' % (town, km, c.choice([
                   'Single mother on social assistance, no car; two other children staying with grandmother.',
                   'Father is a seasonal worker with no income since November; the family is behind on rent.',
                   'Parents arrived in Canada 8 months ago as asylum claimants; a Dari interpreter is needed.'])),
               'Could you confirm a room from tonight? I am handling the transport assistance application.',
               sign(c, frm, False)]
    m.text = '\n\n'.join(txt)
    m.add('patient_name', 'diagnosis', 'social_information')
    if h is not None:
        m.text = m.text.replace('\n\n', '\n\n' + demo_line(c, m, ch) + '\n\n', 1)
    return m


# ---------------------------------------------------------------- 28 youth protection report
def youth_protection(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(dx=c.choice(['ball', 'scd', 'hodgkin']), holder=h, max_age=14)
    frm = S['cardinal'] if fr else S['okonkwo']
    dest = E['dpj'] if fr else Person('yp', 'Ms.', 'Dana', 'Whitcombe', 'Youth protection', 'Youth protection intake worker', 'intake', 83, 'en', 'youthprotection-west.example')
    m = Mail('youth_protection', c.lang, tt(c.lang, 'suivi de signalement à la protection de la jeunesse', 'youth protection report follow-up'), frm, [dest], '')
    adr, _ = home_address(c, ch)
    missed = c.randint(3, 6)
    demo = demo_line(c, m, ch, mrn=c.chance(0.5))
    med = tt(c.lang, 'mercaptopurine et méthotrexate oral' if ch.dx == 'ball' else ('hydroxyurée et pénicilline prophylactique' if ch.dx == 'scd' else 'prednisone'),
             'mercaptopurine and oral methotrexate' if ch.dx == 'ball' else ('hydroxyurea and penicillin prophylaxis' if ch.dx == 'scd' else 'prednisone'))
    if fr:
        m.subject = c.choice(['Signalement — suivi', 'Complément d\'information au signalement du %s' % fdate(c.ddays(-3), 'fr', 2), 'Confidentiel : signalement %s' % ch.surname])
        txt = [hello(c, 'Mme %s' % dest.surname),
               'Tel que discuté au téléphone, voici les informations complémentaires concernant l\'enfant :', demo, 'Adresse : ' + adr,
               '%s est suivi%s pour %s. Depuis février, %d rendez-vous ont été manqués et la pharmacie confirme que l\'ordonnance de %s n\'a pas été renouvelée depuis 6 semaines.' % (
                   nm(ch, 'given'), 'e' if ch.sex == 'F' else '', dx_name(ch.dx, 'fr'), missed, med),
               'Lors de la dernière visite, la mère a rapporté des épisodes de violence conjugale et dit craindre le retour du conjoint à la maison. L\'enfant présentait des ecchymoses au bras que nous avons documentées (photos au dossier).',
               'Je reste disponible pour la rencontre. Je vous rappelle que le traitement ne peut pas être interrompu sans risque majeur de rechute.',
               sign(c, frm, False)]
    else:
        m.subject = c.choice(['Report - follow-up', 'Additional information for report of %s' % fdate(c.ddays(-3), 'en', 2), 'Confidential: report re %s' % ch.surname])
        txt = [hello(c, 'Ms. %s' % dest.surname),
               'As discussed by phone, here is the additional information about the child:', demo, 'Address: ' + adr,
               '%s is followed for %s. Since February, %d appointments have been missed and the pharmacy confirms the %s prescription has not been refilled in 6 weeks.' % (
                   nm(ch, 'given'), dx_name(ch.dx, 'en'), missed, med),
               'At the last visit the mother disclosed episodes of intimate partner violence and fears the partner returning home. The child had bruising on the arm, which we documented (photos in the chart).',
               'I am available for the meeting. Stopping treatment carries a major risk of relapse.',
               sign(c, frm, False)]
    m.text = '\n\n'.join(txt)
    m.add('patient_name', 'diagnosis', 'medication', 'social_information', 'patient_contact')
    return m


# ---------------------------------------------------------------- 29 camp medical information
def camp_medical(c, h=None):
    fr = c.lang == 'fr'
    frm = S['garneau'] if fr else S['kaur']
    dest = E['sylvestre'] if fr else E['mckenna']
    m = Mail('camp_medical', c.lang, tt(c.lang, 'informations médicales des campeurs', 'camper medical information'), frm, [dest], '')
    if h is None and c.chance(0.6):
        rows = [[tt(c.lang, 'Campeur', 'Camper'), tt(c.lang, 'Âge', 'Age'), 'Dx', tt(c.lang, 'Médicaments', 'Medications'), tt(c.lang, 'Cathéter', 'Line'),
                 tt(c.lang, 'Allergies', 'Allergies'), tt(c.lang, 'Parent / tél.', 'Parent / phone')]]
        for _ in range(c.randint(5, 9)):
            k = c.child(min_age=7, max_age=16)
            meds = home_meds(k.dx, c.lang)
            rows.append([nm(k, 'upper'), str(age_on(k.dob, c.today)), dx_name(k.dx, c.lang, True), meds,
                         c.choice(['port', '-', 'PICC', '-']), c.choice(['-', 'pénicilline' if fr else 'penicillin', 'arachides' if fr else 'peanuts', '-']),
                         '%s %s' % (k.parent_given, parent_phone(c))])
        m.atts.append(Att(tt(c.lang, 'campeurs_semaine2_infos_medicales.xlsx', 'campers_week2_medical.xlsx'),
                          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                          A.xlsx([(tt(c.lang, 'Semaine 2', 'Week 2'), rows)], frm.name, c.date), 'xlsx'))
        m.subject = tt(c.lang, 'Camp Feux-Follets — infos médicales semaine 2', 'Camp Firefly Lake - week 2 medical info')
        m.text = '\n\n'.join([hello(c, dest.given), tt(c.lang,
                              'Voici le tableau des campeurs de la semaine 2 avec leurs médicaments et les coordonnées des parents. Rappel : tout campeur sous chimio avec T ≥ 38,3 doit être transféré à l\'urgence la plus proche et on doit être avisés.',
                              'Attached is the week 2 camper list with medications and parent phone numbers. Reminder: any camper on chemo with T >= 38.3 goes to the nearest ED and we must be called.'),
                              sign(c, frm, False)])
        m.add('patient_name', 'diagnosis', 'medication', 'patient_contact')
        return m
    ch = c.child(dx=c.choice(['ball', 'tall', 'scd', 'hemoA', 'nbl', 'medullo', 'thal']), holder=h, min_age=7, max_age=16)
    pp = parent_phone(c)
    kv_base = [(tt(c.lang, 'Diagnostic :', 'Diagnosis:'), dx_name(ch.dx, c.lang)),
               (tt(c.lang, 'Médicaments :', 'Medications:'), home_meds(ch.dx, c.lang)),
               (tt(c.lang, 'Urgence — parent :', 'Emergency - parent:'), '%s (%s) %s' % (ch.parent_given, parent_word(c, ch), pp))]
    if h is not None:
        kv = nam_kv(c, m, h, kv_base)
    else:
        kv = [(tt(c.lang, 'Campeur :', 'Camper:'), nm(ch, 'full')), (tt(c.lang, 'Date de naissance :', 'Date of birth:'), fdate(ch.dob, c.lang, 0))] + kv_base
        m.add('patient_name', 'date_of_birth')
    blocks = [('kv', kv), tt(c.lang, 'Consignes : FSC faite 5 jours avant le départ (NAN %s). Pas de baignade en lac si cathéter externe. Protection solaire (méthotrexate).' % dec(c.randint(8, 30) / 10, 'fr'),
                            'Notes: CBC 5 days before departure (ANC %.1f). No lake swimming with an external line. Sun protection (methotrexate).' % (c.randint(8, 30) / 10))]
    m.atts.append(Att(tt(c.lang, 'fiche_sante_campeur_%s.pdf', 'camper_health_form_%s.pdf') % ch.surname.replace("'", '').replace(' ', ''),
                      'application/pdf', A.pdf(tt(c.lang, 'Fiche santé du campeur', 'Camper health form'), blocks, author=frm.name, compress=c.chance(0.5)), 'pdf'))
    m.subject = tt(c.lang, 'Fiche santé — camp Feux-Follets', 'Health form - Camp Firefly Lake')
    m.text = '\n\n'.join([hello(c, dest.given), tt(c.lang, 'Ci-joint la fiche santé remplie par notre équipe. N\'hésitez pas à appeler la clinique de jour au besoin.',
                                                      'Attached is the health form completed by our team. Call the day hospital with any questions.'), sign(c, frm, False)])
    m.add('diagnosis', 'medication', 'patient_contact', 'lab_result')
    return m


# ---------------------------------------------------------------- 30 foundation financial aid
def foundation_aid(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(holder=h)
    frm = S['cardinal'] if fr else S['okonkwo']
    dest = E['theriault']
    m = Mail('foundation_aid', c.lang, tt(c.lang, 'demande d\'aide financière à la fondation', 'financial aid request to foundation'), frm, [dest], '')
    inc = c.randint(18, 42) * 1000
    amt = c.randint(6, 25) * 100
    name = nm(ch, c.choice(['full', 'upper']))
    if fr:
        m.subject = 'Demande d\'aide — dossier %s' % c.choice([ch.surname, 'F-%03d' % c.randint(10, 300)])
        txt = [hello(c, dest.given),
               'Je soumets une demande d\'aide d\'urgence de %d $ pour la famille de %s (%s, %s).' % (amt, name, age_str(c, ch), dx_name(ch.dx, 'fr')),
               'Revenu familial annuel d\'environ %s $; la mère est en congé sans solde depuis le diagnostic et les frais de stationnement et d\'essence dépassent 400 $ par mois. La famille a reçu un avis d\'éviction.' % format(inc, ',').replace(',', ' '),
               'Pièces justificatives (avis de cotisation, relevé de prestations) envoyées par la plateforme sécurisée.',
               sign(c, frm, False)]
    else:
        m.subject = 'Aid request - file %s' % c.choice([ch.surname, 'F-%03d' % c.randint(10, 300)])
        txt = [hello(c, dest.given),
               'I am submitting an emergency aid request of $%d for the family of %s (%s, %s).' % (amt, name, age_str(c, ch), dx_name(ch.dx, 'en')),
               'Household income about $%s a year; mother has been on unpaid leave since diagnosis and parking and gas run over $400 a month. The family has received an eviction notice.' % format(inc, ','),
               'Supporting documents (notice of assessment, benefit statement) sent through the secure portal.',
               sign(c, frm, False)]
    m.text = '\n\n'.join(txt)
    m.add('patient_name', 'diagnosis', 'social_information')
    if h is not None:
        m.text = m.text.replace('\n\n', '\n\n' + demo_line(c, m, ch) + '\n\n', 1)
    return m


# ---------------------------------------------------------------- 31 insurer / caregiver benefit with SIN
def insurer_form(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(dx=c.choice(ONCO))
    frm = c.choice([S['belhadj'], S['garneau'], S['cardinal']])
    dest = E['horizon']
    m = Mail('insurer_form', c.lang, tt(c.lang, 'formulaire d\'assureur, prestation de parent aidant', 'insurer form, caregiver benefit'), frm, [dest], '')
    sin = new_sin(c.rng)
    m.ids.append(('sin', sin))
    pname = '%s %s' % (ch.parent_given, ch.surname)
    sin_s = fmt_sin(sin, c.choice(['plain', 'space', 'dash', 'dot', 'full']))
    pol = 'HV-%d-%04d' % (c.randint(100000, 999999), c.randint(0, 9999))
    blocks = [('kv', [(tt(c.lang, 'Assuré (parent) :', 'Insured (parent):'), pname), (tt(c.lang, 'NAS :', 'SIN:'), sin_s),
                      (tt(c.lang, 'No de police :', 'Policy no.:'), pol),
                      (tt(c.lang, 'Enfant :', 'Child:'), nm(ch, 'full')), (tt(c.lang, 'Date de naissance de l\'enfant :', 'Child DOB:'), fdate(ch.dob, c.lang, 0))]),
              ('h', tt(c.lang, 'Attestation médicale', 'Medical certificate')),
              tt(c.lang, 'L\'enfant est atteint%s de %s, diagnostiqué%s le %s. Le traitement (chimiothérapie intensive, hospitalisations répétées) requiert la présence d\'un parent à temps plein pour une durée estimée de %d semaines.' % (
                  'e' if ch.sex == 'F' else '', dx_name(ch.dx, 'fr'), 'e' if ch.sex == 'F' else '', fdate(c.ddays(-c.randint(10, 60)), 'fr', 1), c.choice([26, 35, 52])),
                 'The child has %s, diagnosed on %s. Treatment (intensive chemotherapy, repeated admissions) requires a parent full time for an estimated %d weeks.' % (
                  dx_name(ch.dx, 'en'), fdate(c.ddays(-c.randint(10, 60)), 'en', 1), c.choice([26, 35, 52]))),
              tt(c.lang, 'Médecin traitant : Dr K. Belhadj, permis 1-%05d' % c.randint(10000, 99999), 'Attending physician: Dr K. Belhadj, licence 1-%05d' % c.randint(10000, 99999))]
    m.atts.append(Att(tt(c.lang, 'attestation_%s.pdf', 'certificate_%s.pdf') % pol, 'application/pdf',
                      A.pdf(tt(c.lang, 'Demande de prestations — parent d\'un enfant gravement malade', 'Claim - parent of a critically ill child'), blocks,
                            author=frm.name, compress=c.chance(0.5)), 'pdf'))
    inline = c.chance(0.4)
    m.subject = tt(c.lang, 'Formulaire d\'invalidité — police %s' % pol, 'Claim form - policy %s' % pol)
    m.text = '\n\n'.join([hello(c), tt(c.lang, 'Veuillez trouver ci-joint l\'attestation médicale remplie pour la demande de %s.' % pname,
                                        'Please find attached the completed medical certificate for %s\'s claim.' % pname)] +
                         ([tt(c.lang, 'NAS de l\'assuré : %s' % sin_s, 'Insured SIN: %s' % sin_s)] if inline else []) + [sign(c, frm, False)])
    m.add('patient_name', 'date_of_birth', 'diagnosis', 'ca_sin', 'social_information')
    return m


# ---------------------------------------------------------------- 32 Ontario transfer with health number
def ontario_transfer(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(dx=c.choice(['ball', 'hodgkin', 'wilms', 'scd', 'hemoA']))
    ohip = new_ohip(c.rng)
    m = Mail('ontario_transfer', c.lang, tt(c.lang, 'transfert interprovincial de suivi', 'interprovincial transfer of care'), E['mahoney'], [S['roussel']], '')
    m.ids.append(('ohip', ohip))
    vc = ''.join(c.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(2))
    o = fmt_ohip(ohip, c.choice(['plain', 'space', 'dash', 'vc', 'dot']), vc)
    meds = ', '.join(drug(x, 'en' if not fr else 'fr') for x in DX[ch.dx][4][:3])
    if not fr:
        m.subject = c.choice(['Transfer of care - %s' % nm(ch, 'full'), 'Family relocating to Gatineau - transfer', 'Referral: %s' % nm(ch, 'upper')])
        txt = [hello(c, 'Dr. Roussel'),
               'The family of %s (%s, DOB %s) is relocating to Gatineau next month and has asked that care be transferred to your centre.' % (nm(ch, 'full'), age_str(c, ch), fdate(ch.dob, 'en', 1)),
               'Diagnosis: %s, currently %s. Recent counts stable (%s). Medications: %s.' % (dx_name(ch.dx, 'en'), 'in maintenance' if ch.dx == 'ball' else ('off therapy, in follow-up' if ch.dx in ('hodgkin', 'wilms') else 'on prophylaxis'), cbc(c, 'ok')[0], home_meds(ch.dx if ch.dx != 'wilms' else 'hodgkin', 'en')),
               'Ontario health number: %s. RAMQ registration is pending; the family has the three-month waiting period paperwork.' % o,
               'I will send the full chart through the secure portal. Happy to talk by phone.',
               sign(c, E['mahoney'], False)]
    else:
        m.frm, m.to = S['roussel'], [E['mahoney']]
        m.subject = c.choice(['Transfert — %s' % nm(ch, 'full'), 'Suivi conjoint, famille de Gatineau', 'Demande de dossier : %s' % nm(ch, 'upper')])
        txt = [hello(c, 'Dr Mahoney'),
               'Suite à notre appel : nous avons vu hier %s (%s, né%s le %s), dont la famille vient de s\'installer à Gatineau.' % (nm(ch, 'full'), age_str(c, ch), 'e' if ch.sex == 'F' else '', fdate(ch.dob, 'fr', 1)),
               'Diagnostic : %s. Médicaments actuels : %s. FSC : %s.' % (dx_name(ch.dx, 'fr'), home_meds(ch.dx if ch.dx != 'wilms' else 'hodgkin', 'fr'), cbc(c, 'ok')[0]),
               'Numéro de carte santé de l\'Ontario : %s (inscription RAMQ en cours, délai de carence).' % o,
               'Pourriez-vous nous transmettre le dossier complet et le résumé des traitements reçus?',
               sign(c, S['roussel'], False)]
    m.text = '\n\n'.join(txt)
    m.add('patient_name', 'date_of_birth', 'ca_health_number', 'diagnosis', 'medication', 'lab_result')
    return m


# ---------------------------------------------------------------- 33 Belgian referral with NISS
def belgian(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(dx=c.choice(['ball', 'nbl', 'medullo', 'thal']))
    niss = new_niss(c.rng, ch.dob, ch.sex)
    m = Mail('belgian_referral', c.lang, tt(c.lang, 'référence d\'un centre belge', 'referral from a Belgian centre'), E['wauters'], [S['belhadj']], '')
    m.ids.append(('niss', niss))
    ns = fmt_niss(niss, c.choice(['plain', 'be', 'space', 'dash']))
    lab, _ = cbc(c, 'ok')
    if fr:
        m.subject = c.choice(['Relais de prise en charge — %s' % nm(ch, 'upper'), 'Patient(e) déménageant à Montréal', 'Transfert de suivi (Liège → Montréal)'])
        txt = ['Cher Confrère,',
               'Je me permets de vous adresser %s, né%s le %s (NISS %s), suivi%s dans notre service pour %s. La famille s\'installe à Montréal le mois prochain pour raisons professionnelles.' % (
                   nm(ch, 'full'), 'e' if ch.sex == 'F' else '', fdate(ch.dob, 'fr', 2), ns, 'e' if ch.sex == 'F' else '', dx_name(ch.dx, 'fr')),
               'Traitement en cours : %s. Dernier bilan : %s.' % (', '.join(drug(x, 'fr') for x in DX[ch.dx][4][:3]), lab),
               'Vous trouverez le dossier complet via la plateforme eHealth dès réception de votre accord. Je reste à votre disposition.',
               'Bien confraternellement,\n\nDre Lieve Wauters\nHémato-oncologie pédiatrique\nCliniques universitaires Saint-Remacle\nTél. +32 4 555 01 %02d' % c.randint(0, 99)]
    else:
        m.subject = c.choice(['Transfer of care - %s' % nm(ch, 'upper'), 'Patient moving to Montreal', 'Handover from Liège'])
        txt = ['Dear colleague,',
               'I am referring %s, born %s (Belgian national number %s), followed in our unit for %s. The family is moving to Montreal next month for work.' % (
                   nm(ch, 'full'), fdate(ch.dob, 'en', 1), ns, dx_name(ch.dx, 'en')),
               'Current treatment: %s. Latest bloods: %s.' % (', '.join(drug(x, 'en') for x in DX[ch.dx][4][:3]), lab),
               'The full record can be shared through eHealth once you accept. Best regards,',
               'Dr Lieve Wauters\nPaediatric haematology-oncology\nSaint-Remacle University Clinics\nTel. +32 4 555 01 %02d' % c.randint(0, 99)]
    m.text = '\n\n'.join(txt)
    m.add('patient_name', 'date_of_birth', 'be_niss', 'diagnosis', 'medication', 'lab_result')
    return m


# ---------------------------------------------------------------- 34 French family with NIR
def french(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(dx=c.choice(['ball', 'hodgkin', 'ewing', 'aml']))
    nir = new_nir(c.rng, ch.dob, ch.sex)
    frm = c.choice([S['corriveau'], S['belhadj']])
    m = Mail('french_patient', c.lang, tt(c.lang, 'patient français, liaison avec le CHU d\'origine', 'French patient, liaison with home hospital'), frm, [E['marchetti']], '')
    m.ids.append(('nir', nir))
    ns = fmt_nir(nir, c.choice(['plain', 'space', 'full', 'key']))
    lab, _ = cbc(c, 'neutro')
    if fr:
        m.subject = c.choice(['Votre patient%s en vacances au Québec' % ('e' if ch.sex == 'F' else ''), 'Hospitalisation de %s à Montréal' % nm(ch, 'full'), 'Prise en charge CPAM — %s' % nm(ch, 'upper')])
        txt = ['Cher collègue,',
               'Nous avons admis cette nuit %s, %s, en séjour touristique au Québec, pour une neutropénie fébrile (T 39,0). %s. %s en cours de %s selon vos parents.' % (
                   nm(ch, 'full'), age_str(c, ch), lab, cap1(dx_name(ch.dx, 'fr')), c.choice(['maintenance', 'traitement'])),
               'Antibiothérapie par céfépime débutée. Pouvez-vous nous transmettre le dernier compte rendu et le protocole suivi?',
               'Pour la prise en charge par la CPAM : NIR %s, date de naissance %s.' % (ns, fdate(ch.dob, 'fr', 2)),
               sign(c, frm, False)]
    else:
        m.subject = c.choice(['Your patient on holiday in Quebec', 'Admission of %s in Montreal' % nm(ch, 'full')])
        txt = ['Dear colleague,',
               'We admitted %s, %s, visiting Quebec on holiday, overnight with febrile neutropenia (T 39.0). %s. Parents report %s on %s.' % (
                   nm(ch, 'full'), age_str(c, ch), lab, dx_name(ch.dx, 'en'), c.choice(['maintenance', 'active treatment'])),
               'Cefepime started. Could you send the latest summary and the protocol being followed?',
               'For CPAM coverage: NIR %s, date of birth %s.' % (ns, fdate(ch.dob, 'en', 2)),
               sign(c, frm, False)]
    m.text = '\n\n'.join(txt)
    m.add('patient_name', 'date_of_birth', 'fr_nir', 'diagnosis', 'medication', 'lab_result')
    return m


# ---------------------------------------------------------------- 35 parent HLA donor (adult NAM holder)
def nam_donor(c, h):
    fr = c.lang == 'fr'
    rel = tt(c.lang, 'mère' if h.sex == 'F' else 'père', 'mother' if h.sex == 'F' else 'father')
    patient = c.child(dx=c.choice(['aml', 'saa', 'tall']))
    patient.surname = h.surname if c.chance(0.5) else patient.surname
    frm = S['kessler']
    to = [('Laboratoire HLA / HLA lab', 'hla@' + frm.domain)] if c.chance(0.5) else [S['garneau'] if fr else S['mendes']]
    m = Mail('donor_workup', c.lang, tt(c.lang, 'bilan de donneur apparenté (parent)', 'related donor work-up (parent)'), frm, to, '')
    kv = nam_kv(c, m, h)
    hla = c.choice(['5/10 (haplo-identique)', '5/10 (haploidentical)'])
    cmv = c.choice(['IgG positif', 'IgG négatif']) if fr else c.choice(['IgG positive', 'IgG negative'])
    grp = c.choice(['O+', 'A+', 'B-', 'A-'])
    demo = '\n'.join('%s %s' % r for r in kv)
    if fr:
        m.subject = c.choice(['Bilan donneur — %s %s' % (h.surname.upper(), h.given), 'Donneur haplo pour %s' % nm(patient, 'full'), 'Typage et sérologies du donneur'])
        body = ['Bonjour,', 'Résultats du bilan %s de %s (%s), évalué%s comme donneur haplo-identique :' % ('de la mère' if h.sex == 'F' else 'du père', nm(patient, 'full'), dx_name(patient.dx, 'fr', True), 'e' if h.sex == 'F' else ''),
                demo,
                'Typage HLA : %s. CMV %s, EBV IgG positif, VIH/VHB/VHC négatifs. Groupe %s. Anticorps anti-HLA spécifiques au donneur (DSA) du receveur : négatifs.' % (hla.replace('haploidentical', 'haplo-identique'), cmv, grp),
                'Électrocardiogramme normal. Apte au don de cellules souches périphériques après mobilisation au G-CSF.',
                sign(c, frm, True)]
    else:
        m.subject = c.choice(['Donor work-up - %s, %s' % (h.surname.upper(), h.given), 'Haplo donor for %s' % nm(patient, 'full'), 'Donor typing and serologies'])
        body = ['Hello,', 'Results for the %s of our patient %s (%s), assessed as haploidentical donor:' % (rel, nm(patient, 'full'), dx_name(patient.dx, 'en', True)),
                demo,
                'HLA typing: %s. CMV %s, EBV IgG positive, HIV/HBV/HCV negative. Group %s. Recipient donor-specific anti-HLA antibodies: negative.' % (hla.replace('haplo-identique', 'haploidentical'), cmv, grp),
                'ECG normal. Cleared for peripheral blood stem cell donation after G-CSF mobilisation.',
                sign(c, frm, True)]
    m.text = '\n\n'.join(body)
    m.add('lab_result', 'diagnosis')
    return m


# ---------------------------------------------------------------- 36 long-term survivor transition (NAM)
def nam_survivor(c, h):
    fr = c.lang == 'fr'
    frm = c.choice([S['roussel'], S['lam'], S['belhadj']])
    clinic = ('Clinique des survivants adultes / Adult survivor clinic', 'survivants@chu-adultes.example')
    m = Mail('survivor_transition', c.lang, tt(c.lang, 'transition vers la clinique des survivants adultes', 'transition to adult survivor clinic'), frm, [clinic], '')
    age_dx = c.randint(4, 15)
    yr = h.dob.year + age_dx
    dx = c.choice(['hodgkin', 'ball', 'osteo', 'wilms', 'medullo'])
    hist = {
        'hodgkin': tt(c.lang, 'lymphome de Hodgkin stade IIA traité en %d (ABVD x 4 + radiothérapie médiastinale 21 Gy); dose cumulative de doxorubicine 200 mg/m²',
                      'stage IIA Hodgkin lymphoma treated in %d (ABVD x4 + mediastinal RT 21 Gy); cumulative doxorubicin 200 mg/m2'),
        'ball': tt(c.lang, 'LLA-B à risque standard traitée en %d, sans irradiation crânienne; dose cumulative d\'anthracyclines 75 mg/m²',
                   'standard-risk B-ALL treated in %d, no cranial irradiation; cumulative anthracyclines 75 mg/m2'),
        'osteo': tt(c.lang, 'ostéosarcome du fémur distal traité en %d (MAP, prothèse interne); cisplatine 480 mg/m², doxorubicine 450 mg/m²',
                    'distal femur osteosarcoma treated in %d (MAP, endoprosthesis); cisplatin 480 mg/m2, doxorubicin 450 mg/m2'),
        'wilms': tt(c.lang, 'tumeur de Wilms stade III traitée en %d (néphrectomie gauche, VAD, radiothérapie du flanc 10,8 Gy)',
                    'stage III Wilms tumour treated in %d (left nephrectomy, VAD, flank RT 10.8 Gy)'),
        'medullo': tt(c.lang, 'médulloblastome traité en %d (résection, radiothérapie crânio-spinale 23,4 Gy, cisplatine/CCNU/vincristine)',
                      'medulloblastoma treated in %d (resection, craniospinal RT 23.4 Gy, cisplatin/CCNU/vincristine)'),
    }[dx] % yr
    fe = c.randint(50, 64)
    tsh_v = c.randint(18, 92) / 10
    tsh = dec(tsh_v, c.lang)
    late = tt(c.lang, 'Écho cardiaque %s : FE %d %%. TSH %s mUI/L; %s. Audiogramme : %s.' % (
        fdate(c.ddays(-c.randint(30, 300)), 'fr', 2), fe, tsh, 'lévothyroxine 50 mcg die' if tsh_v > 5 else 'vitamine D 1 000 UI die seulement',
        c.choice(['normal', 'perte neurosensorielle bilatérale hautes fréquences (appareillé)'])),
        'Echo %s: EF %d%%. TSH %s mIU/L; %s. Audiogram: %s.' % (
        fdate(c.ddays(-c.randint(30, 300)), 'en', 2), fe, tsh, 'levothyroxine 50 mcg daily' if tsh_v > 5 else 'vitamin D 1000 IU daily only',
        c.choice(['normal', 'bilateral high-frequency sensorineural loss (hearing aids)'])))
    inline = c.chance(0.5)
    if inline:
        dob_s = fdate(h.dob, c.lang, c.choice([0, 1, 2]))
        sx = sexstr(c, h.sex)
        demo = '%s %s, %s %s, %s, %s %s' % (h.given, h.surname, tt(c.lang, 'née le' if h.sex == 'F' else 'né le', 'born'), dob_s, sx, tt(c.lang, 'NAM', 'RAMQ'), fmt_nam(h.nam, c.choice(NAM_STYLES)))
        register_nam(m, h, dob_s, sx)
    else:
        kv = nam_kv(c, m, h)
        demo = ''
        m.atts.append(Att(tt(c.lang, 'Sommaire_traitement_%s.pdf', 'Treatment_summary_%s.pdf') % h.surname, 'application/pdf',
                          A.pdf(tt(c.lang, 'Sommaire de traitement et plan de suivi', 'Treatment summary and follow-up plan'),
                                [('kv', kv), ('h', tt(c.lang, 'Histoire oncologique', 'Oncology history')), hist[0].upper() + hist[1:],
                                 ('h', tt(c.lang, 'Effets tardifs / surveillance', 'Late effects / surveillance')), late],
                                author=frm.name, compress=c.chance(0.5)), 'pdf', fn_style=c.choice(['plain', 'rfc2231'])))
    m.subject = tt(c.lang, c.choice(['Transition — suivi à long terme', 'Référence clinique des survivants : %s %s' % (h.given, h.surname)]),
                   c.choice(['Transition - long-term follow-up', 'Survivor clinic referral: %s %s' % (h.given, h.surname)]))
    m.text = '\n\n'.join([x for x in [hello(c), tt(c.lang,
                          'Nous vous adressons pour la suite du suivi à long terme %s, qui a maintenant %d ans.' % (h.given + ' ' + h.surname, age_on(h.dob, c.today)),
                          'We are referring %s, now %d, for ongoing long-term follow-up.' % (h.given + ' ' + h.surname, age_on(h.dob, c.today))),
                          demo, tt(c.lang, 'Histoire : ', 'History: ') + hist if inline else tt(c.lang, 'Sommaire de traitement ci-joint.', 'Treatment summary attached.'),
                          late if inline else '', sign(c, frm, False)] if x])
    m.add('patient_name', 'diagnosis', 'medication', 'lab_result')
    return m


# ---------------------------------------------------------------- 37 parent carrier screening (NAM)
def nam_carrier(c, h):
    fr = c.lang == 'fr'
    frm = S['lam']
    gc = ('Conseil génétique / Genetic counselling', 'conseilgenetique@' + frm.domain)
    m = Mail('carrier_result', c.lang, tt(c.lang, 'résultat de dépistage chez un parent', 'parental carrier screening result'), frm, [gc], '')
    child = c.child(dx=c.choice(['scd', 'thal']))
    rel = tt(c.lang, 'mère' if h.sex == 'F' else 'père', 'mother' if h.sex == 'F' else 'father')
    res = {'scd': tt(c.lang, 'HbA 58 %, HbS 38 %, HbA2 3,1 % : trait drépanocytaire (AS)', 'HbA 58%, HbS 38%, HbA2 3.1%: sickle cell trait (AS)'),
           'thal': tt(c.lang, 'HbA2 5,4 %, VGM 63 : trait bêta-thalassémique', 'HbA2 5.4%, MCV 63: beta-thalassaemia trait')}[child.dx]
    dob_s = fdate(h.dob, c.lang, 0)
    sx = sexstr(c, h.sex)
    line = '%s, %s — %s %s — %s — NAM %s' % (h.surname.upper(), h.given, tt(c.lang, 'DDN', 'DOB'), dob_s, sx, fmt_nam(h.nam, c.choice(NAM_STYLES)))
    register_nam(m, h, dob_s, sx)
    m.subject = tt(c.lang, 'Électrophorèse Hb — %s du patient %s' % (rel, child.mrn), 'Hb electrophoresis - %s of patient %s' % (rel, child.mrn))
    m.text = '\n\n'.join([hello(c), tt(c.lang,
                          'Résultat de l\'électrophorèse de l\'hémoglobine du %s%s de notre patient%s %s (%s) :' % ('' if h.sex == 'M' else '', rel, 'e' if child.sex == 'F' else '', nm(child, 'full'), dx_name(child.dx, 'fr')),
                          'Haemoglobin electrophoresis for the %s of our patient %s (%s):' % (rel, nm(child, 'full'), dx_name(child.dx, 'en'))),
                          line, res, tt(c.lang, 'Le couple envisage une autre grossesse; pourriez-vous leur offrir une rencontre de conseil génétique?',
                                        'The couple is considering another pregnancy; could you offer them a genetic counselling visit?'), sign(c, frm, True)])
    m.text = m.text.replace('du père', 'du père').replace('du mère', 'de la mère')
    m.add('lab_result', 'diagnosis')
    return m


# ---------------------------------------------------------------- 38 vCard with family contact
def vcard_contact(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(dx=c.choice(['aml', 'saa', 'nbl', 'ball']), holder=h)
    frm = S['garneau'] if fr else S['kaur']
    to = [c.choice([S['kessler'], S['beaudry'], S['arsenault']])]
    m = Mail('vcard_contact', c.lang, tt(c.lang, 'coordonnées de la famille pour suivi post-greffe', 'family contact card for post-transplant follow-up'), frm, to, '')
    adr, parts = home_address(c, ch)
    pp = parent_phone(c)
    psur = ch.surname if c.chance(0.7) else c.choice(['Lambert', 'Rochon', 'Guay'])
    card = A.vcard('%s %s' % (ch.parent_given, psur), ch.parent_given, psur, tel=[('CELL', pp), ('HOME', parent_phone(c))],
                   email='%s.%s@courriel.example' % (strip_accents(ch.parent_given).lower(), strip_accents(psur).lower().replace(' ', '').replace("'", '')),
                   adr=parts, note=tt(c.lang, '%s de %s (%s) - suivi post-greffe J+%d' % (parent_word(c, ch).capitalize(), nm(ch, 'full'), dx_name(ch.dx, 'fr', True), c.randint(20, 90)),
                                       '%s of %s (%s) - post-transplant follow-up day +%d' % (parent_word(c, ch).capitalize(), nm(ch, 'full'), dx_name(ch.dx, 'en', True), c.randint(20, 90))))
    m.atts.append(Att('%s %s.vcf' % (ch.parent_given, psur), 'text/vcard', card, 'vcf', charset='utf-8', cte=c.choice(['quoted-printable', 'base64', '8bit'])))
    m.subject = tt(c.lang, 'Coordonnées famille %s' % ch.surname, 'Contact card - %s family' % ch.surname)
    m.text = '\n\n'.join([hello(c), tt(c.lang, 'Voici la fiche contact de la famille de %s pour les appels de suivi à domicile (sortie post-greffe vendredi). Ils préfèrent être joints sur le cellulaire.' % nm(ch, 'given'),
                                        'Here is the contact card for %s\'s family for the home follow-up calls (post-transplant discharge Friday). Cell phone preferred.' % nm(ch, 'given')),
                          frm.given])
    m.add('patient_name', 'patient_contact', 'diagnosis')
    if h is not None:
        m.text = m.text.replace('\n\n', '\n\n' + demo_line(c, m, ch) + '\n\n', 1)
    return m


TEMPLATES = [
    (school_reentry, 3, None), (school_exposure, 3, None), (iep, 2, 'child'), (child_life, 3, 'child'),
    (social_work, 3, 'child'), (youth_protection, 2, None), (camp_medical, 3, 'child'), (foundation_aid, 2, 'child'),
    (insurer_form, 3, None), (ontario_transfer, 3, None), (belgian, 2, None), (french, 2, None), (vcard_contact, 2, 'child'),
    (nam_donor, 5, 'adult'), (nam_survivor, 5, 'adult'), (nam_carrier, 2, 'adult'),
]
