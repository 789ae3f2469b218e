"""Positive scenarios, part C: transfers, attached messages, social files, foreign patients, exports."""
import gen_attach as A
import gen_clinical as K
import gen_mime as M
import gen_people as P
import gen_text as T
from gen_mime import Att, addr

S = P.STAFF
X = P.EXTERNAL
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


CASES = {
    'fr': [('Ostéonécrose des maxillaires liée aux bisphosphonates, stade 2', 'Pano : séquestre osseux 1,5 cm région 36-37'),
           ('Kératokyste odontogène probable', 'Panoramique : radioclarté multiloculaire 4 cm branche montante droite'),
           ('Améloblastome à la biopsie', 'CBCT : lésion multiloculaire 5 cm avec résorption radiculaire 46-47'),
           ('Fracture parasymphysaire droite', 'TDM faciale : trait de fracture déplacé de 4 mm, région 43-44'),
           ('48 incluse, péricoronarites à répétition', 'CBCT : contact intime 48 / canal mandibulaire'),
           ('Ostéoradionécrose mandibule postérieure gauche', 'TDM : ostéolyse corticale et séquestre, pas de fracture pathologique')],
    'en': [('Stage 2 medication-related osteonecrosis of the jaw', 'Pano: 1.5 cm bony sequestrum at 36-37'),
           ('Probable odontogenic keratocyst', 'Pano: 4 cm multilocular radiolucency, right ramus'),
           ('Ameloblastoma on biopsy', 'CBCT: 5 cm multilocular lesion with root resorption 46-47'),
           ('Right parasymphyseal fracture', 'Facial CT: fracture line displaced 4 mm at 43-44'),
           ('Impacted 48, recurrent pericoronitis', 'CBCT: 48 roots in close contact with the IAN canal'),
           ('Osteoradionecrosis, left posterior mandible', 'CT: cortical lysis and sequestrum, no pathological fracture')],
}


def ontario_transfer(ctx):
    """Transfer of an Ontario resident to a hospital closer to home; ZIP with letter and labs."""
    rng = ctx.rng
    p = ctx.patient('on', age=(20, 80))
    surg = rng.choice([S['lachance'], S['haddad'], S['raman']])
    dst = X['omfs_on']
    dx = K.take(ctx, 'dx_omfs')
    who = T.ident(ctx, p, layout='fields', dob=True, mrn=True)
    letter = [who, '', ctx.L('Diagnostic : ', 'Diagnosis: ') + dx, ctx.L('Traitement : ', 'Treatment: ') + K.proc(ctx),
              ctx.L('Médication : ', 'Medications: ') + K.take(ctx, 'meds'),
              ctx.L('Suivi demandé dans votre centre, plus près du domicile.', 'Follow-up requested at your centre, closer to home.')]
    labs = [['Test', ctx.L('Résultat', 'Result'), 'Date']]
    for t, v in rng.sample([('Hb', '112 g/L'), ('WBC', '11.2'), ('CRP', '38'), ('INR', '1.1'), ('Creat', '71 umol/L')], 3):
        labs.append([t, v, ctx.past(1, 5).isoformat()])
    ctx.mark('lab_result')
    csvdata = A.make_csv([[ctx.L('Patient', 'Patient'), ctx.name(p, 'caps_comma')]] + labs, charset='utf-8')
    members = [(ctx.L('lettre_transfert.pdf', 'transfer_letter.pdf'),
                A.make_pdf(ctx.L('Lettre de transfert', 'Transfer letter'), letter, author=surg.full)),
               (ctx.L('laboratoires.csv', 'labs.csv'), csvdata)]
    zname = ctx.L('transfert_%s.zip', 'transfer_%s.zip') % T.fn_name(ctx, p, rng.choice(['sur', 'SUR_G']))
    body = '\n'.join([T.greet(ctx, dst), '', rng.choice(ctx.L(
        ['Comme convenu au téléphone, voici le dossier de transfert (lettre et laboratoires). Le patient réside en Ontario.',
         'Suite à notre échange, ci-joint les documents pour la prise en charge. Carte santé de l\'Ontario inscrite dans la lettre.'],
        ['As discussed by phone, attached is the transfer package (letter and labs). The patient lives in Ontario.',
         'Further to our call, attached are the documents for the hand-off. Ontario health card is in the letter.'])),
        '', ctx.L('Mot de passe envoyé par texto.', 'Password sent by text.') if rng.random() < 0.3 else '', T.bye(ctx, surg)])
    msg = M.build_message(ctx, addr(surg), addr(dst), ctx.L('Transfert — patient de l\'Ontario', 'Transfer - Ontario resident'),
                          body, attachments=[Att(zname, 'application/zip', A.make_zip(members))])
    return 'transfer', 'transfer package for an out-of-province patient', msg


def attached_eml(ctx):
    """Original message forwarded as an attachment (message/rfc822)."""
    rng = ctx.rng
    p = ctx.patient('nam' if rng.random() < 0.4 else 'qc', age=(20, 85))
    a = rng.choice([S['turcotte'], S['doyle'], S['lacasse'], S['fitzgerald']])
    b = rng.choice([S['demers'], S['chef'], S['beaulieu']])
    fwd = rng.choice([S['drouin'], S['ouimet']])
    t0 = M.inner_when(ctx, rng.randint(90, 60 * 30))
    who = T.ident(ctx, p, layout=rng.choice(['inline', 'fields']))
    ev = rng.choice(ctx.L(['a présenté une réaction allergique (urticaire) après la clindamycine',
                           'a fait une désaturation à 86 % pendant la sédation, récupérée avec ventilation au masque',
                           'a quitté sans accompagnateur après sédation malgré nos consignes',
                           'a chuté en se levant du fauteuil après l\'extraction (contusion frontale, sans perte de conscience)'],
                          ['had an allergic reaction (hives) after clindamycin',
                           'desaturated to 86% during sedation, recovered with bag-mask',
                           'left without an escort after sedation despite instructions',
                           'fell getting out of the chair after the extraction (forehead contusion, no loss of consciousness)']))
    if 'accompagnateur' not in ev and 'escort' not in ev:
        ctx.mark('diagnosis')
    if 'clinda' in ev:
        ctx.mark('medication')
    if '86' in ev:
        ctx.mark('lab_result')
    inner_body = '\n'.join([T.greet(ctx, b), '', ctx.L('Pour information, ', 'FYI, ') + ctx.L('ce matin ', 'this morning ') +
                            ctx.L('notre patient(e) ', 'our patient ') + ev + '.', '', who, '',
                            ctx.L('Rapport AH-223 rempli.', 'Incident report filed.'), '', T.bye(ctx, a, short=True)])
    isub = ctx.L('Événement indésirable — clinique', 'Adverse event - clinic')
    inner = M.build_message(ctx, addr(a), addr(b), isub, inner_body, form='plain', crlf=False, when=t0)
    body = '\n'.join([T.greet(ctx, fwd, informal=True), '',
                      rng.choice(ctx.L(['Voir le message ci-joint, à mettre à l\'ordre du jour de la réunion qualité.',
                                        'Je te transfère le courriel original en pièce jointe pour le dossier.'],
                                       ['See attached message, please add to the quality meeting agenda.',
                                        'Forwarding the original e-mail as an attachment for the file.'])), '', T.bye(ctx, b, short=True)])
    msg = M.build_message(ctx, addr(b), addr(fwd), ctx.L('TR: ', 'FW: ') + isub, body,
                          attachments=[Att(isub.replace(' — ', ' - ') + '.eml', 'message/rfc822', inner)])
    return 'forward', 'adverse event message attached as .eml', msg


def youth_protection(ctx):
    """Social worker and dentist about a child followed by youth protection."""
    rng = ctx.rng
    p = ctx.patient('nam', pred=lambda a: 3 <= a <= 15, age=(4, 14))
    if p.age >= 16:
        p = ctx.patient('qc', age=(4, 14))
    sw = S['grenier']
    dent = rng.choice([S['beaulieu'], S['oconnell']])
    ctx.mark('social_information')
    who = T.ident(ctx, p, layout=rng.choice(['fields', 'inline']), dob=True)
    option = rng.randrange(3)
    if option == 1:
        ctx.mark('diagnosis')
    if ctx.fr:
        body = '\n'.join([T.greet(ctx, dent), '',
                          'Suivi concernant l\'enfant suivant(e), sous mesures de la DPJ (placement en famille d\'accueil) :',
                          who, '',
                          ['La réhabilitation buccale sous anesthésie générale est-elle toujours prévue? '
                                      'La famille d\'accueil n\'a pas reçu de date.',
                                      'Lors de l\'examen vous aviez noté 9 caries actives et un abcès 75 — '
                                      'l\'intervenante DPJ doit joindre ce constat au rapport de négligence.',
                                      'La mère biologique n\'a plus le droit d\'accompagner l\'enfant aux rendez-vous; '
                                      'merci de ne communiquer qu\'avec la famille d\'accueil.'][option],
                          '', 'Intervenante DPJ : Mme Josiane Carrier, 418 555-0177.' if rng.random() < 0.3 else '',
                          T.bye(ctx, sw)])
        subj = rng.choice(['Suivi DPJ — soins dentaires', 'Enfant en famille d\'accueil — rdv AG', 'Confidentiel : DPJ'])
    else:
        body = '\n'.join([T.greet(ctx, dent), '',
                          'Follow-up regarding this child, who is under youth protection (foster placement):', who, '',
                          ['Is the dental rehab under GA still planned? The foster family has no date yet.',
                                      'At the exam you noted 9 active carious lesions and an abscess on 75 - '
                                      'the youth protection worker needs this for the neglect report.',
                                      'The biological mother may no longer accompany the child; please only contact the foster family.'][option],
                          '', T.bye(ctx, sw)])
        subj = rng.choice(['Youth protection follow-up - dental care', 'Foster child - GA appointment', 'Confidential: DYP file'])
    msg = M.build_message(ctx, addr(sw), addr(dent), subj, body, importance=rng.random() < 0.5)
    return 'social', 'youth protection follow-up about a child', msg


def foreign_patient(ctx):
    """Belgian or French visitor with a jaw fracture: billing office and travel insurer."""
    rng = ctx.rng
    origin = rng.choice(['be', 'fr'])
    p = ctx.patient(origin, age=(19, 35))
    clerk = rng.choice([S['ouimet'], S['perreault']])
    to = ('Assistance voyage Horizon', 'dossiers@horizon-assistance.example')
    ctx.mark('diagnosis')
    dx = rng.choice(ctx.L(['fracture de l\'angle mandibulaire gauche', 'fracture du complexe zygomatico-malaire',
                           'avulsion 11 et 21 avec fracture alvéolaire'],
                          ['left mandibular angle fracture', 'zygomaticomaxillary complex fracture',
                           'avulsion of 11 and 21 with alveolar fracture']))
    who = T.ident(ctx, p, layout='fields', dob=True, mrn=True)
    adr = ctx.L('Adresse au pays : ', 'Home address: ') + ctx.address(p) if rng.random() < 0.6 else ''
    amt = '%d,%02d $' % (rng.randint(2400, 14000), rng.randrange(100)) if ctx.fr else '$%d.%02d' % (rng.randint(2400, 14000), rng.randrange(100))
    if ctx.fr:
        body = '\n'.join([T.greet(ctx), '',
                          'Nous avons pris en charge votre assuré(e) le %s pour une %s (chute en ski/vélo selon ses dires).' % (
                              ctx.past(2, 10).isoformat(), dx),
                          '', who, adr, '',
                          'Intervention : réduction et fixation interne sous AG. Séjour de 2 nuits.',
                          'Montant estimé non-résident : %s. Merci de confirmer la garantie de paiement.' % amt,
                          '', T.bye(ctx, clerk)])
        subj = rng.choice(['Garantie de paiement — patient non-résident', 'Demande de prise en charge — dossier non-résident'])
    else:
        body = '\n'.join([T.greet(ctx), '',
                          'We treated your insured on %s for a %s (skiing/cycling fall per patient).' % (ctx.past(2, 10).isoformat(), dx),
                          '', who, adr, '', 'Procedure: open reduction and internal fixation under GA. 2-night stay.',
                          'Estimated non-resident amount: %s. Please confirm guarantee of payment.' % amt, '', T.bye(ctx, clerk)])
        subj = rng.choice(['Guarantee of payment - non-resident patient', 'Coverage request - non-resident file'])
    msg = M.build_message(ctx, addr(clerk), to, subj, body)
    return 'insurer_form', 'guarantee of payment request for a foreign visitor', msg


def sin_form(ctx):
    """Medical certificate for employment insurance, workers' comp or income support (includes SIN)."""
    rng = ctx.rng
    p = ctx.patient('qc', age=(22, 62))
    doc = rng.choice([S['lachance'], S['haddad'], S['raman'], S['chef']])
    sec = rng.choice([S['drouin'], S['perreault']])
    kind = rng.choice(['ae', 'cnesst', 'aide'])
    dx = K.take(ctx, 'dx_omfs')
    off = rng.choice([4, 6, 8])
    rows = [[ctx.L('Nom', 'Name'), ctx.name(p, 'caps_comma')],
            [ctx.L('Date de naissance', 'Date of birth'), ctx.dob(p, 'iso')],
            [ctx.L('NAS', 'SIN'), ctx.sin(p)],
            [ctx.L('Diagnostic', 'Diagnosis'), dx],
            [ctx.L('Arrêt de travail', 'Off work'), ctx.L('%d semaines à compter du %s', '%d weeks from %s') % (off, ctx.past(1, 6).isoformat())]]
    if kind == 'ae':
        ctx.mark('social_information')
        rows.append([ctx.L('Programme', 'Program'), ctx.L('Assurance-emploi — prestations de maladie',
                                                          'Employment insurance - sickness benefits')])
    elif kind == 'aide':
        ctx.mark('social_information')
        rows.append([ctx.L('Programme', 'Program'), ctx.L('Aide sociale — contrainte temporaire à l\'emploi',
                                                          'Income support - temporary work limitation')])
    elif kind == 'cnesst':
        ctx.mark('social_information')
        rows.append([ctx.L('Événement', 'Event'), ctx.L('Accident du travail (chute d\'échafaudage), réclamation CNESST',
                                                        'Workplace accident (scaffold fall), workers\' comp claim')])
    title = {'ae': ctx.L('Certificat médical — prestations de maladie', 'Medical certificate - sickness benefits'),
             'cnesst': ctx.L('Attestation médicale — accident du travail', 'Medical report - workplace injury'),
             'aide': ctx.L('Rapport médical — contrainte à l\'emploi', 'Medical report - employment limitation')}[kind]
    fmt = rng.choice(['xlsx', 'docx', 'pdf'])
    if fmt == 'xlsx':
        data = A.make_xlsx([(ctx.L('Formulaire', 'Form'), [[title, '']] + rows)], author=doc.full)
        att = Att(ctx.L('formulaire.xlsx', 'form.xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data)
    elif fmt == 'docx':
        data = A.make_docx(title, [], author=doc.full, table=rows)
        att = Att(ctx.L('formulaire_rempli.docx', 'completed_form.docx'), DOCX, data)
    else:
        data = A.make_pdf(title, [('table', rows)], author=doc.full)
        att = Att(ctx.L('formulaire_rempli.pdf', 'completed_form.pdf'), 'application/pdf', data)
    body = '\n'.join([T.greet(ctx, sec, informal=True), '', rng.choice(ctx.L(
        ['Formulaire complété et signé, peux-tu le télécopier et le numériser au dossier?',
         'Voici le formulaire rempli; le patient passera le chercher vendredi.'],
        ['Form completed and signed, can you fax it and scan to the chart?',
         'Completed form attached; the patient will pick it up Friday.'])), '', doc.given])
    msg = M.build_message(ctx, addr(doc), addr(sec), title, body, attachments=[att])
    return 'insurer_form', 'completed medical certificate with SIN', msg


def recall_csv(ctx):
    """CSV export of a recall list (post-radiotherapy fluoride, bisphosphonate follow-up)."""
    rng = ctx.rng
    hyg = rng.choice([S['lacasse'], S['fitzgerald'], S['rioux']])
    clerk = rng.choice([S['kaur'], S['perreault']])
    n = rng.randint(5, 9)
    hdr = ctx.L(['Nom', 'Prénom', 'DDN', 'Téléphone', 'Motif', 'Dernière visite'],
                ['Last name', 'First name', 'DOB', 'Phone', 'Reason', 'Last visit'])
    rows = [hdr]
    reasons = ctx.L(['post-RT fluorure', 'ONM stade 1 - contrôle', 'pré-greffe rein', 'lichen plan - suivi 6 mois'],
                    ['post-RT fluoride', 'MRONJ stage 1 - check', 'pre-kidney transplant', 'lichen planus - 6 mo f/u'])
    ctx.mark('patient_name', 'date_of_birth', 'patient_contact', 'diagnosis')
    for _ in range(n):
        p = ctx.patient('qc', age=(30, 85))
        rows.append([p.surname.upper(), p.given, p.dob.isoformat(), p.phone, rng.choice(reasons), ctx.past(150, 300).isoformat()])
        ctx.must.append(p.surname.upper())
    cs = rng.choice(['utf-8', 'windows-1252', 'iso-8859-1'])
    data = A.make_csv(rows, charset=cs, delimiter=rng.choice([',', ';']), bom=rng.random() < 0.5)
    body = '\n'.join([T.greet(ctx, clerk), '', rng.choice(ctx.L(
        ['Voici la liste de rappel du mois. Peux-tu les appeler pour fixer les rdv?', 'Extraction du système de rappel ci-jointe.'],
        ['Here is this month\'s recall list. Could you call them to book?', 'Recall export attached.'])), '', T.bye(ctx, hyg, short=True)])
    fn = ctx.L('rappels_%s.csv', 'recall_%s.csv') % ctx.today.strftime('%Y-%m')
    msg = M.build_message(ctx, addr(hyg), addr(clerk), ctx.L('Liste de rappel', 'Recall list'), body,
                          attachments=[Att(fn, 'text/csv', data, charset=cs)])
    return 'census', 'recall list export with phone numbers', msg


def inr_check(ctx):
    """Anticoagulation clinic relays an INR before extractions."""
    rng = ctx.rng
    p = ctx.patient('nam' if rng.random() < 0.35 else 'qc', pred=lambda a: a >= 45, age=(55, 90))
    ph = S['champagne']
    dent = rng.choice([S['beaulieu'], S['oconnell'], S['bergeron']])
    inr = rng.choice(['3,6', '2,4', '4,1', '1,9']) if ctx.fr else rng.choice(['3.6', '2.4', '4.1', '1.9'])
    ctx.mark('lab_result', 'medication')
    nm = T.ident(ctx, p, layout='inline', mrn=rng.random() < 0.6) if p.nam or rng.random() < 0.5 else ctx.name(p)
    if ctx.fr:
        body = '\n'.join([T.greet(ctx, dent), '',
                          'INR de %s ce matin : %s (cible 2,5-3,5, valve mécanique, Coumadin 6 mg DIE).' % (nm, inr),
                          rng.choice(['Vos extractions de jeudi peuvent aller de l\'avant avec hémostase locale.',
                                      'Je recommande de reporter d\'une semaine; on ajuste la dose.',
                                      'Pas de relais à l\'héparine prévu. Acide tranexamique en rince-bouche suggéré.']),
                          '', T.bye(ctx, ph)])
        subj = rng.choice(['INR avant extractions', 'Clinique d\'anticoagulation — INR', 'INR %s' % inr])
    else:
        body = '\n'.join([T.greet(ctx, dent), '',
                          'INR for %s this morning: %s (target 2.5-3.5, mechanical valve, warfarin 6 mg daily).' % (nm, inr),
                          rng.choice(['Thursday\'s extractions can go ahead with local haemostasis.',
                                      'I recommend postponing a week while we adjust the dose.',
                                      'No heparin bridging planned. Suggest tranexamic acid mouthwash.']),
                          '', T.bye(ctx, ph)])
        subj = rng.choice(['INR before extractions', 'Anticoagulation clinic - INR', 'INR %s' % inr])
    ctx.mark('diagnosis')
    if rng.random() < 0.4:
        res = rng.choice([S['kowalski'], S['sirois']])
        top = rng.choice(ctx.L(['Pour ton cas de jeudi, voir ci-dessous.', 'FYI — ajuste le plan en conséquence.'],
                               ['For your Thursday case, see below.', 'FYI - adjust the plan accordingly.']))
        body = top + '\n\n' + dent.given + '\n\n' + M.forward(ctx, ph, dent, M.inner_when(ctx, 90), subj, body)
        msg = M.build_message(ctx, addr(dent), addr(res), ctx.L('TR: ', 'Fwd: ') + subj, body)
        return 'forward', 'INR result forwarded to a resident', msg
    msg = M.build_message(ctx, addr(ph), addr(dent), subj, body)
    return 'lab_followup', 'INR result relayed before extractions', msg


def subject_only(ctx):
    """Patient named only in the Subject line; body is purely clinical."""
    rng = ctx.rng
    p = ctx.patient('qc', age=(18, 80))
    a, b = rng.sample([S['chef'], S['lachance'], S['haddad'], S['raman'], S['rioux'], S['beaulieu']], 2)
    nm = ctx.name(p, rng.choice(['caps_comma', 'caps', 'full', 'initial', 'title_last']))
    subj = rng.choice(['%s', '%s — suite', 'RE: %s', 'Cas %s' if ctx.fr else 'Case %s']) % nm
    dx, img = rng.choice(CASES[ctx.lang])
    ctx.mark('diagnosis', 'lab_result')
    lines = [T.greet(ctx, b, informal=True), '', dx + '.', img + '.']
    if rng.random() < 0.6:
        lines.append(K.take(ctx, 'meds') + '.')
    lines += [rng.choice(ctx.L(['Ton avis?', 'On en discute à la réunion multidisciplinaire mardi?',
                                'Peux-tu regarder les images avant la clinique de jeudi?'],
                               ['Your thoughts?', 'Shall we discuss at the multidisciplinary meeting Tuesday?',
                                'Could you look at the images before Thursday clinic?'])), '', a.given]
    msg = M.build_message(ctx, addr(a), addr(b), subj, '\n'.join(lines))
    return 'consult', 'case discussion, patient named only in the subject', msg


def ortho_planning(ctx):
    """Orthognathic planning thread with the orthodontist, quoted reply below."""
    rng = ctx.rng
    p = ctx.patient('nam' if rng.random() < 0.5 else 'qc', pred=lambda a: 16 <= a <= 40, age=(17, 32))
    surg = rng.choice([S['haddad'], S['raman'], S['chef']])
    orth = ('Dre Louise Bédard-Pinsonneault' if ctx.fr else 'Dr. Louise Bedard-Pinsonneault', 'l.pinsonneault@orthoriviera.example')
    t0 = M.inner_when(ctx, rng.randint(60 * 5, 60 * 24 * 4))
    ctx.mark('diagnosis', 'lab_result')
    who = T.ident(ctx, p, layout=rng.choice(['inline', 'compact']), mrn=rng.random() < 0.4)
    if ctx.fr:
        orig = '\n'.join(['Bonjour Dr %s,' % surg.surname if surg.title == 'Dr' else 'Bonjour Dre %s,' % surg.surname, '',
                          'Les modèles finaux de %s sont prêts.' % who,
                          'Classe III, surplomb -4 mm, ANB -3°, décompensation complétée. Arcades coordonnées.',
                          'Date visée pour la chirurgie : %s.' % ctx.dstr(ctx.day(30, 60)), '', 'Louise'])
        top = rng.choice(['Merci Louise. Je fais la VSP avec Maxillo Lab la semaine prochaine; avancée maxillaire 5 mm et recul mandibulaire 2 mm.',
                          'Parfait. On garde la date. Je demande le CBCT pré-op et le bilan sanguin.',
                          'Je vais le/la revoir en clinique avant, il y avait des symptômes d\'ATM à droite.'])
        subj = 'RE: Modèles finaux — chirurgie orthognathique'
    else:
        orig = '\n'.join(['Hi Dr. %s,' % surg.surname, '', 'Final models for %s are ready.' % who,
                          'Class III, overjet -4 mm, ANB -3 deg, decompensation complete. Arches coordinated.',
                          'Target surgery date: %s.' % ctx.dstr(ctx.day(30, 60)), '', 'Louise'])
        top = rng.choice(['Thanks Louise. VSP with Maxillo Lab next week; 5 mm maxillary advancement, 2 mm mandibular setback.',
                          'Perfect, we keep the date. I\'ll order the pre-op CBCT and bloodwork.',
                          'I\'ll see them in clinic first, there were right TMJ symptoms.'])
        subj = 'RE: Final models - orthognathic surgery'
    body = top + '\n\n' + surg.given + '\n\n' + M.quote(ctx, orth, t0, orig)
    msg = M.build_message(ctx, addr(surg), orth, subj, body)
    return 'reply', 'orthognathic planning reply with quoted message', msg


def ranked_waitlist(ctx):
    """Waiting list for GA dental care as XLSX, with social notes."""
    rng = ctx.rng
    mgr = rng.choice([S['demers'], S['ouimet']])
    chef = S['chef']
    rows = [ctx.L(['Priorité', 'Patient', 'Dossier', 'Âge', 'Motif', 'Notes'],
                  ['Priority', 'Patient', 'MRN', 'Age', 'Reason', 'Notes'])]
    ctx.mark('patient_name', 'mrn', 'diagnosis')
    for i in range(rng.randint(5, 8)):
        p = ctx.patient('qc', age=(5, 75))
        nm = ctx.name(p, rng.choice(['caps_comma', 'caps', 'surname_first']))
        note = K.take(ctx, 'social') if rng.random() < 0.35 else ''
        reason = K.take(ctx, 'dx_oral')
        if rng.random() < 0.4:
            reason += ' / ' + rng.choice(ctx.L(['déficience intellectuelle', 'TSA, non collaborant', 'anxiété dentaire sévère',
                                                'paralysie cérébrale'],
                                               ['intellectual disability', 'ASD, uncooperative', 'severe dental anxiety',
                                                'cerebral palsy']))
        rows.append([i + 1, nm, ctx.mrn(p, 'plain'), p.age, reason, note])
    data = A.make_xlsx([(ctx.L('Liste AG', 'GA list'), rows)], author=mgr.full)
    body = '\n'.join([T.greet(ctx, chef), '', rng.choice(ctx.L(
        ['Voici la liste d\'attente AG mise à jour avant le comité d\'accès. Les cas 1 à 3 dépassent 12 mois.',
         'Liste d\'attente priorisée en pièce jointe, pour discussion jeudi.'],
        ['Attached is the updated GA waiting list for the access committee. Cases 1-3 are over 12 months.',
         'Prioritised waiting list attached for Thursday.'])), '', T.bye(ctx, mgr)])
    msg = M.build_message(ctx, addr(mgr), addr(chef), ctx.L('Liste d\'attente AG — mise à jour', 'GA waiting list - update'), body,
                          attachments=[Att(ctx.L('liste_attente_AG.xlsx', 'GA_waitlist.xlsx'),
                                           'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data)])
    return 'census', 'prioritised GA waiting list with social notes', msg
