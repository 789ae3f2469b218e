"""Positive scenarios, part B: discharge, prescriptions, insurers, dental labs, notes, forwards."""
import datetime

import gen_attach as A
import gen_clinical as K
import gen_mime as M
import gen_people as P
import gen_text as T
from gen_mime import Att, addr

S = P.STAFF
X = P.EXTERNAL
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


def discharge(ctx):
    """Discharge summary after jaw-fracture surgery, as a DOCX, to the CLSC or family dentist."""
    rng = ctx.rng
    p = ctx.patient(ctx.kind(0.45), pred=lambda a: a >= 16, age=(17, 60))
    res = rng.choice([S['bergeron'], S['sirois'], S['mensah']])
    dest = rng.choice([X['clsc'], X['lemieux']])
    adm = ctx.past(4, 9)
    dis = ctx.past(0, 2)
    ctx.mark('diagnosis', 'medication')
    if ctx.fr:
        dx = rng.choice(['Fracture parasymphysaire droite et fracture de l\'angle gauche de la mandibule',
                         'Fracture du complexe zygomatico-malaire droit', 'Fracture bilatérale de la mandibule (corps et condyle)'])
        cause = rng.choice(['chute à vélo', 'agression', 'accident de la route (passager)', 'chute dans un escalier'])
        paras = [('h', 'Identification'), T.ident(ctx, p, layout='fields', mrn=True),
                 'Admission : %s — Congé : %s' % (adm.isoformat(), dis.isoformat()),
                 ('h', 'Diagnostic'), '%s suite à %s.' % (dx, cause),
                 ('h', 'Intervention'), 'ROFI par plaques en titane 2.0 le %s, blocage maxillo-mandibulaire par élastiques.' % adm.isoformat(),
                 ('h', 'Évolution'), 'Évolution favorable. Afébrile. Occlusion stable. Paresthésie V3 droite légère.',
                 ('h', 'Médication au congé'), 'Amoxicilline-clavulanate 875 mg BID x 5 jours; acétaminophène 1 g QID; '
                 'hydromorphone 1 mg q4h PRN (20 co.); rince-bouche chlorhexidine 0,12 % BID.',
                 ('h', 'Suivi'), 'Diète liquide stricte x 6 semaines. Rdv clinique CBMF dans 7 jours. Pano de contrôle.']
        if cause == 'agression' and rng.random() < 0.7:
            paras.append('Plainte policière déposée; référé à la travailleuse sociale (dossier IVAC).')
            ctx.mark('social_information')
        body = '\n'.join([T.greet(ctx, dest), '', rng.choice([
            'Ci-joint le sommaire d\'hospitalisation de notre patient(e) opéré(e) cette semaine.',
            'Voici le résumé de congé, pour le suivi des pansements et de la médication.',
            'Pour votre information, résumé de congé en pièce jointe.']), '', T.bye(ctx, res)])
        subj = rng.choice(['Résumé de congé', 'Sommaire d\'hospitalisation CBMF', 'Congé — suivi fracture'])
        title = 'Résumé de congé — Chirurgie buccale et maxillo-faciale'
        fn = T.pick(rng, lambda: 'Resume_conge_%s.docx' % T.fn_name(ctx, p), 'Résumé de congé.docx', 'sommaire_CBMF.docx')
    else:
        dx = rng.choice(['Right parasymphyseal and left angle mandible fractures', 'Right ZMC fracture',
                         'Bilateral mandible fracture (body and condyle)'])
        cause = rng.choice(['bicycle fall', 'assault', 'MVC (passenger)', 'fall down stairs'])
        paras = [('h', 'Identification'), T.ident(ctx, p, layout='fields', mrn=True),
                 'Admitted: %s - Discharged: %s' % (adm.isoformat(), dis.isoformat()),
                 ('h', 'Diagnosis'), '%s after %s.' % (dx, cause),
                 ('h', 'Procedure'), 'ORIF with 2.0 titanium plates on %s, elastic IMF.' % adm.isoformat(),
                 ('h', 'Course'), 'Uneventful. Afebrile. Stable occlusion. Mild right V3 paraesthesia.',
                 ('h', 'Discharge medications'), 'Amoxicillin-clavulanate 875 mg BID x 5 days; acetaminophen 1 g QID; '
                 'hydromorphone 1 mg q4h PRN (20 tabs); chlorhexidine 0.12% rinse BID.',
                 ('h', 'Follow-up'), 'Strict full-fluid diet x 6 weeks. OMFS clinic in 7 days. Post-op pano.']
        if cause == 'assault' and rng.random() < 0.7:
            paras.append('Police report filed; referred to social work (crime victims compensation).')
            ctx.mark('social_information')
        body = '\n'.join([T.greet(ctx, dest), '', rng.choice([
            'Please find attached the discharge summary for our patient operated on this week.',
            'Discharge summary attached for wound care and medication follow-up.',
            'FYI, discharge summary attached.']), '', T.bye(ctx, res)])
        subj = rng.choice(['Discharge summary', 'OMFS discharge summary', 'Discharge - fracture follow-up'])
        title = 'Discharge Summary - Oral and Maxillofacial Surgery'
        fn = T.pick(rng, lambda: 'Discharge_%s.docx' % T.fn_name(ctx, p), 'discharge summary.docx', 'DC_summary_OMFS.docx')
    data = A.make_docx(title, paras, author=res.full)
    msg = M.build_message(ctx, addr(res), addr(dest), subj, body, attachments=[Att(fn, DOCX, data)])
    return 'discharge', 'discharge summary after jaw fracture surgery', msg


def prescription(ctx):
    """Prescription sent to a community pharmacy."""
    rng = ctx.rng
    p = ctx.patient(ctx.kind(0.4), pred=lambda a: a >= 14, age=(18, 88))
    pres = rng.choice([S['lachance'], S['haddad'], S['beaulieu'], S['raman'], S['oconnell']])
    lic = '%d-%05d' % (rng.choice([95, 98, 102, 107]), rng.randrange(100000))
    meds = [K.take(ctx, 'meds')]
    if rng.random() < 0.6:
        meds.append(K.take(ctx, 'meds'))
    rx_lines = [T.ident(ctx, p, layout=rng.choice(['fields', 'inline']), dob=True, mrn=False)]
    if rng.random() < 0.6:
        rx_lines.append(ctx.L('Adresse : ', 'Address: ') + ctx.address(p))
    rx_lines += ['', 'Rx :' if ctx.fr else 'Rx:'] + ['  %d) %s' % (i + 1, m) for i, m in enumerate(meds)]
    if rng.random() < 0.5:
        rx_lines.append(ctx.L('Indication : ', 'Indication: ') + K.take(ctx, rng.choice(['dx_oral', 'dx_omfs'])))
    rx_lines += ['', ctx.L('Renouvellements : 0', 'Refills: 0'),
                 ctx.L('Prescripteur : ', 'Prescriber: ') + '%s, %s %s' % (pres.titled(ctx.lang), ctx.L('permis', 'licence'), lic)]
    use_pdf = rng.random() < 0.45
    intro = rng.choice(ctx.L(['Voici une ordonnance pour notre patient(e), à servir aujourd\'hui svp.',
                              'Ordonnance ci-dessous (original télécopié également).',
                              'Suite à notre conversation téléphonique, voici l\'ordonnance.'],
                             ['Prescription below for our patient, to be filled today please.',
                              'Prescription below (original also faxed).',
                              'Further to our phone call, here is the prescription.']))
    atts = []
    if use_pdf:
        body = '\n'.join([T.greet(ctx, X['pharm']), '', intro.replace(ctx.L('ci-dessous', 'below'), ctx.L('ci-jointe', 'attached')),
                          '', T.bye(ctx, pres)])
        atts.append(Att(ctx.L('ordonnance_%s.pdf', 'prescription_%s.pdf') % ctx.today.strftime('%Y%m%d'),
                        'application/pdf', A.make_pdf(ctx.L('Ordonnance', 'Prescription'), '\n'.join(rx_lines).split('\n'),
                                                      author=pres.full, header=[P.ORG[ctx.lang], P.DEPT[ctx.lang]]
                                                      + P.CLINIC_ADDR[ctx.lang])))
    else:
        body = '\n'.join([T.greet(ctx, X['pharm']), '', intro, '', '\n'.join(rx_lines), '', T.bye(ctx, pres)])
    subj = rng.choice(ctx.L(['Ordonnance', 'Rx — à servir', 'Ordonnance CBMF'], ['Prescription', 'Rx to fill', 'OMFS prescription']))
    msg = M.build_message(ctx, addr(pres), addr(X['pharm']), subj, body, attachments=atts)
    return 'prescription', 'prescription sent to a community pharmacy', msg


def insurer(ctx):
    """Predetermination or claim letter to a private insurer (orthognathic surgery, trauma)."""
    rng = ctx.rng
    p = ctx.patient('nam' if rng.random() < 0.35 else 'qc', pred=lambda a: 17 <= a <= 45, age=(18, 40))
    surg = rng.choice([S['chef'], S['haddad'], S['raman']])
    ins = rng.choice([X['boreale'], X['gnl']])
    pol = '%s-%06d' % (rng.choice(['GR', 'PL', 'CT']), rng.randrange(10**6))
    with_sin = rng.random() < 0.5
    ctx.mark('diagnosis')
    if ctx.fr:
        dx = rng.choice(['dysharmonie dento-squelettique de classe III avec rétrognathie maxillaire',
                         'béance antérieure squelettique (excès vertical maxillaire)',
                         'asymétrie mandibulaire avec latérodéviation de 6 mm'])
        paras = ['Objet : demande de prédétermination — chirurgie orthognathique',
                 '', 'Assuré(e) : ' + T.ident(ctx, p, layout='inline', dob=True, mrn=False),
                 'No de police / certificat : ' + pol]
        if with_sin:
            paras.append('NAS (exigé au formulaire de l\'employeur) : ' + ctx.sin(p))
        paras += ['', 'Madame, Monsieur,', '',
                  'Notre patient(e) présente une %s. Le traitement orthodontique préchirurgical est complété.' % dx,
                  'Nous prévoyons une ostéotomie de Le Fort I et une ostéotomie sagittale bilatérale de la mandibule.',
                  'Codes : 27211, 27251 (x2). Honoraires estimés : 6 850 $. Date prévue : %s.' % ctx.day(40, 90).isoformat()]
        if rng.random() < 0.5:
            paras.append('Mesures céphalométriques : ANB -4,5°, Wits -9 mm, surplomb -5 mm.')
            ctx.mark('lab_result')
        paras += ['', 'Veuillez agréer nos salutations distinguées.', '', surg.titled('fr'), surg.role_fr]
        title = 'Demande de prédétermination'
        body = '\n'.join([T.greet(ctx), '', rng.choice([
            'Veuillez trouver ci-joint notre demande de prédétermination.',
            'Ci-joint la lettre de prédétermination et le plan de traitement.']), '', T.bye(ctx, surg)])
        subj = rng.choice(['Prédétermination — police %s' % pol, 'Demande de prédétermination chirurgie orthognathique'])
        fn = T.pick(rng, lambda: 'Predetermination_%s.pdf' % T.fn_name(ctx, p), 'Prédétermination.pdf', 'lettre_assureur.pdf')
    else:
        dx = rng.choice(['class III skeletal malocclusion with maxillary retrognathia',
                         'skeletal anterior open bite (vertical maxillary excess)', 'mandibular asymmetry with 6 mm deviation'])
        paras = ['Re: Predetermination request - orthognathic surgery', '',
                 'Member: ' + T.ident(ctx, p, layout='inline', dob=True, mrn=False), 'Policy / certificate: ' + pol]
        if with_sin:
            paras.append('SIN (required on plan sponsor form): ' + ctx.sin(p))
        paras += ['', 'Dear Sir or Madam,', '',
                  'Our patient presents with %s. Pre-surgical orthodontics are complete.' % dx,
                  'We plan a Le Fort I osteotomy and bilateral sagittal split osteotomy.',
                  'Codes: 27211, 27251 (x2). Estimated fees: $6,850. Planned date: %s.' % ctx.day(40, 90).isoformat()]
        if rng.random() < 0.5:
            paras.append('Cephalometrics: ANB -4.5 deg, Wits -9 mm, overjet -5 mm.')
            ctx.mark('lab_result')
        paras += ['', 'Yours truly,', '', surg.titled('en'), surg.role_en]
        title = 'Predetermination request'
        body = '\n'.join([T.greet(ctx), '', rng.choice([
            'Please find attached our predetermination request.',
            'Attached: predetermination letter and treatment plan.']), '', T.bye(ctx, surg)])
        subj = rng.choice(['Predetermination - policy %s' % pol, 'Orthognathic surgery predetermination'])
        fn = T.pick(rng, lambda: 'Predetermination_%s.pdf' % T.fn_name(ctx, p), 'predetermination letter.pdf')
    if rng.random() < 0.5:
        data, ctype = A.make_pdf(title, paras, author=surg.full, header=[P.ORG[ctx.lang]] + P.CLINIC_ADDR[ctx.lang]), 'application/pdf'
    else:
        data, ctype = A.make_docx(title, paras, author=surg.full), DOCX
        fn = fn.rsplit('.', 1)[0] + '.docx'
    msg = M.build_message(ctx, addr(surg), addr(ins), subj, body, attachments=[Att(fn, ctype, data)])
    return 'insurer_form', 'predetermination letter to a private insurer', msg


def lab_order(ctx):
    """Work order to a dental laboratory: splint, obturator, surgical guide, fluoride trays."""
    rng = ctx.rng
    p = ctx.patient('qc', age=(20, 80))
    doc = rng.choice([S['rioux'], S['beaulieu'], S['chef'], S['haddad'], S['oconnell']])
    lab = rng.choice([X['lab_prisme'], X['lab_maxillo']])
    case = '%s-%05d' % (rng.choice(['PR', 'MX']), rng.randrange(10**5))
    kind = rng.choice(['obt', 'fluor', 'guide', 'splint'])
    if kind == 'obt':
        ctx.mark('diagnosis')
        item = ctx.L('obturateur palatin provisoire suite à maxillectomie partielle gauche (carcinome adénoïde kystique)',
                     'interim palatal obturator after partial left maxillectomy (adenoid cystic carcinoma)')
    elif kind == 'fluor':
        ctx.mark('diagnosis')
        item = ctx.L('gouttières de fluorure sup./inf. — patient(e) en radiothérapie tête et cou dès le %s' % ctx.day(5, 15).isoformat(),
                     'upper/lower fluoride trays - head and neck radiation starting %s' % ctx.day(5, 15).isoformat())
    elif kind == 'guide':
        item = ctx.L('guide chirurgical pour implants 36-37 (CBCT joint en DICOM par lien sécurisé)',
                     'surgical guide for implants 36-37 (CBCT DICOM via secure link)')
    else:
        ctx.mark('diagnosis')
        item = ctx.L('gouttière chirurgicale intermédiaire — Le Fort I / BSSO, classe III',
                     'intermediate surgical splint - Le Fort I / BSSO, class III')
    where = rng.choice(['body', 'filename', 'both'])
    lines = []
    if where in ('body', 'both'):
        lines.append(ctx.L('Patient : ', 'Patient: ') + ctx.name(p, rng.choice(['caps_comma', 'caps_initial', 'initial', 'full'])))
        if rng.random() < 0.5:
            lines.append(ctx.L('No dossier CHUE : ', 'CHUE chart: ') + ctx.mrn(p))
    lines += [ctx.L('Travail : ', 'Work: ') + item, ctx.L('Cas labo : ', 'Lab case: ') + case,
              ctx.L('Requis pour le : ', 'Needed by: ') + ctx.dstr(ctx.day(6, 14)),
              ctx.L('Teinte / matériau : ', 'Shade / material: ') + rng.choice(['PMMA clair', 'acrylique rose', 'EVA 2 mm'] if ctx.fr
                                                                               else ['clear PMMA', 'pink acrylic', 'EVA 2 mm'])]
    body = '\n'.join([T.greet(ctx, lab), '', rng.choice(ctx.L(['Nouvelle prescription de laboratoire :', 'Voici un nouveau cas.'],
                                                              ['New lab prescription:', 'New case for you.'])), ''] + lines +
                     ['', ctx.L('Les empreintes numériques sont sur le portail.', 'Digital impressions are on the portal.'), '',
                      T.bye(ctx, doc)])
    atts = []
    if where in ('filename', 'both'):
        fn = '%s_%s_%s.pdf' % (ctx.L('Prescription_labo', 'Lab_Rx'), T.fn_name(ctx, p, rng.choice(['sur_giv', 'SUR_G', 'giv_sur'])), case)
        atts.append(Att(fn, 'application/pdf', A.make_pdf(ctx.L('Prescription de laboratoire', 'Laboratory prescription'),
                                                          lines + [ctx.L('Dentiste : ', 'Dentist: ') + doc.titled(ctx.lang)],
                                                          author=doc.full)))
    subj = ctx.L('Prescription labo — cas %s', 'Lab Rx - case %s') % case
    msg = M.build_message(ctx, addr(doc), addr(lab), subj, body, attachments=atts)
    return 'lab_order', 'dental laboratory work order', msg


def quick_note(ctx):
    """Terse note between colleagues; lower-case names, given names with room numbers."""
    rng = ctx.rng
    p = ctx.patient('qc', age=(20, 85))
    a, b = rng.sample([S['bergeron'], S['sirois'], S['kowalski'], S['mensah'], S['turcotte'], S['doyle'], S['lachance']], 2)
    room = '%d%02d' % (rng.randint(3, 9), rng.randint(1, 40))
    style = rng.choice(['given_room', 'lower', 'lower_rev', 'title_last'])
    if style == 'given_room':
        nm = ctx.L('%s de la %s', '%s in %s') % (ctx.name(p, 'given'), room)
        ctx.mark('patient_name')
        tail = ctx.L(' (dossier %s)', ' (MRN %s)') % ctx.mrn(p)
    else:
        nm = ctx.name(p, style)
        tail = ctx.L(' ch. %s', ' rm %s') % room
    sym = rng.choice(ctx.L(['fait de la fièvre 38,6 et le trismus a augmenté', 'saigne encore du site 46 malgré compression',
                            'a arraché son drain cette nuit', 'refuse la diète liquide, perte de 3 kg',
                            'se plaint de paresthésie lèvre inf. gauche'],
                           ['spiked 38.6 and trismus is worse', 'still oozing from the 46 socket despite pressure',
                            'pulled the drain overnight', 'refusing full fluids, down 3 kg',
                            'complaining of left lower lip numbness']))
    ctx.mark('diagnosis')
    extra = ''
    if rng.random() < 0.5:
        extra = ' ' + K.take(ctx, rng.choice(['labs', 'meds'])) + '.'
    body = rng.choice(ctx.L(['%s%s %s.%s Tu peux passer la voir?' if p.sex == 'F' else '%s%s %s.%s Tu peux passer le voir?',
                             'fyi %s%s %s.%s je suis au bloc jusqu\'à 15h',
                             '%s%s %s.%s On en parle à la tournée.'],
                            ['%s%s %s.%s Can you swing by?', 'fyi %s%s %s.%s I\'m in the OR till 3',
                             '%s%s %s.%s Let\'s discuss at rounds.'])) % (nm, tail, sym, extra)
    body = body[0].upper() + body[1:] if not body.startswith('fyi') and style not in ('lower', 'lower_rev') else body
    body += '\n\n' + a.given + ('\n' + rng.choice(['Envoyé de mon iPhone', 'Sent from my iPhone', '']) if rng.random() < 0.4 else '')
    subj = rng.choice(ctx.L(['ch. %s' % room, 'ta patiente' if p.sex == 'F' else 'ton patient', 'fièvre post-op', 'question'],
                            ['rm %s' % room, 'your patient', 'post-op fever', 'quick q']))
    msg = M.build_message(ctx, addr(a), addr(b), subj, body, form=rng.choice(['plain', 'plain', 'html']))
    return 'note', 'quick clinical note between colleagues', msg


def forward_referral(ctx):
    """A community dentist's referral forwarded inline to the triage resident."""
    rng = ctx.rng
    p = ctx.patient(ctx.kind(0.45), pred=lambda a: a >= 12, age=(15, 80))
    gp = X['lemieux'] if ctx.fr else X['reid']
    sec = rng.choice([S['drouin'], S['perreault']])
    to = rng.choice([S['mensah'], S['sirois'], S['chef']])
    t0 = M.inner_when(ctx, rng.randint(120, 60 * 24 * 3))
    dx = K.take(ctx, rng.choice(['dx_oral', 'dx_omfs']))
    img = K.take(ctx, 'imaging') if rng.random() < 0.5 else ''
    med = K.take(ctx, 'meds') if rng.random() < 0.5 else ''
    who = T.ident(ctx, p, layout=rng.choice(['fields', 'inline', 'compact']), mrn=False)
    contact = ctx.L('Tél. du patient : ', "Patient's phone: ") + ctx.phone(p) if rng.random() < 0.5 else ''
    if ctx.fr:
        orig = '\n'.join(['Bonjour,', '', 'Je vous réfère :', who, contact, '',
                          'Motif : %s.' % dx, img, ('Médication : ' + med) if med else '',
                          'Merci de le/la prendre en charge rapidement, la douleur est difficilement contrôlée.', '',
                          P.signature(gp, 'fr')])
        top = rng.choice(['Pour triage svp — semble semi-urgent.', 'Dre %s, pouvez-vous regarder ceci?' % to.surname,
                          'Référence reçue par courriel, je l\'ai aussi numérisée.'])
        subj = 'TR: ' + rng.choice(['Référence', 'Demande de consultation en chirurgie buccale', 'Référence patient'])
    else:
        orig = '\n'.join(['Hello,', '', 'Referring the following patient:', who, contact, '',
                          'Reason: %s.' % dx, img, ('Meds: ' + med) if med else '',
                          'Please see them soon, pain is poorly controlled.', '', P.signature(gp, 'en')])
        top = rng.choice(['For triage please - looks semi-urgent.', 'Dr. %s, could you take a look?' % to.surname,
                          'Referral received by e-mail, also scanned.'])
        subj = 'Fwd: ' + rng.choice(['Referral', 'Oral surgery consultation request', 'Patient referral'])
    body = top + '\n\n' + sec.given + '\n\n' + M.forward(ctx, gp, P.SHARED['clinique'], t0, subj[4:].strip(), orig)
    msg = M.build_message(ctx, addr(sec), addr(to), subj, body)
    return 'forward', 'forwarded referral from a community dentist', msg


def calendar_invite(ctx):
    """Calendar invitation (ICS) naming the patient and the surgery."""
    rng = ctx.rng
    p = ctx.patient(ctx.kind(0.3), pred=lambda a: a >= 16, age=(17, 70))
    surg = rng.choice([S['chef'], S['haddad'], S['raman'], S['lachance']])
    d = ctx.day(10, 45)
    start = datetime.datetime.combine(d, datetime.time(rng.choice([7, 8, 12])))
    kind = rng.choice(['ortho', 'biopsy', 'vsp'])
    nm = ctx.name(p, rng.choice(['caps_initial', 'caps', 'full', 'caps_comma']))
    if kind == 'ortho':
        summ = ctx.L('Chirurgie orthognathique — %s', 'Orthognathic surgery - %s') % nm
        ctx.mark('diagnosis')
        desc = ctx.L('Le Fort I + BSSO, classe III. Gouttière intermédiaire du labo Prisme reçue.',
                     'Le Fort I + BSSO, class III. Intermediate splint from Prisme received.')
        loc = ctx.L('Bloc opératoire, salle 7', 'Main OR, room 7')
        dur = 5
    elif kind == 'biopsy':
        summ = ctx.L('Biopsie langue — %s', 'Tongue biopsy - %s') % nm
        desc = ctx.L('Leucoplasie bord latéral G, ', 'Left lateral tongue leukoplakia, ') + K.take(ctx, 'meds')
        ctx.mark('diagnosis')
        loc = ctx.L('Clinique CBMF, salle 3', 'OMFS clinic, room 3')
        dur = 1
    else:
        summ = ctx.L('Planification virtuelle (VSP) — %s', 'Virtual surgical planning (VSP) - %s') % nm
        desc = ctx.L('Webinaire avec Maxillo Lab. ', 'Web session with Maxillo Lab. ') + K.take(ctx, 'dx_omfs')
        loc = 'Teams'
        dur = 1
    if p.nam:
        desc += ' — ' + T.nam_triplet(ctx, p)
    elif rng.random() < 0.5:
        desc += ctx.L(' Dossier ', ' MRN ') + ctx.mrn(p)
    att = [(S['ferreira'].full, S['ferreira'].email), (S['menard'].full, S['menard'].email)]
    ics = A.make_ics('%08x-cbmf@%s' % (rng.getrandbits(32), P.DOMAIN), start, start + datetime.timedelta(hours=dur),
                     summ, loc, desc, (surg.full, surg.email), att)
    body = '%s\n\n%s\n%s\n\n%s' % (summ, ctx.dstr(d, True) + ', ' + C_time(ctx, start), loc, desc)
    msg = M.build_message(ctx, addr(surg), [addr(S['ferreira']), addr(S['menard'])], ctx.L('Invitation : ', 'Invitation: ') + summ,
                          body, attachments=[Att('invite.ics', 'text/calendar', ics, charset='utf-8')],
                          form=rng.choice(['plain', 'alt']))
    return 'booking', 'calendar invitation for a surgery or biopsy', msg


def C_time(ctx, dt):
    import gen_common as C
    return C.fmt_time(dt.hour, dt.minute, ctx.lang)


def vcard_contact(ctx):
    """Patient's contact card sent to the coordinator for post-op calls."""
    rng = ctx.rng
    p = ctx.patient('qc', age=(20, 85))
    nurse = rng.choice([S['turcotte'], S['doyle'], S['morrison']])
    coord = rng.choice([S['ouimet'], S['kaur'], S['drouin']])
    ctx.mark('patient_name', 'patient_contact')
    fn = '%s %s' % (p.given, p.surname)
    ctx.must.append(fn)
    ctx.must.append(p.phone)
    note = ''
    if rng.random() < 0.6:
        note = K.take(ctx, rng.choice(['dx_omfs', 'dx_context']))
    card = A.make_vcard(fn, [p.surname, p.given], tel=[('HOME', p.phone)], adr=('HOME', p.address[0], p.address[1]),
                        bday=p.dob.isoformat() if rng.random() < 0.5 else None, note=note or None)
    if b'BDAY' in card:
        ctx.mark('date_of_birth')
    body_lines = [T.greet(ctx, coord, informal=True), '',
                  rng.choice(ctx.L(['Voici ses coordonnées pour l\'appel post-op de demain.',
                                    'Fiche contact ci-jointe — à appeler pour le suivi J+1.'],
                                   ['Here are the contact details for tomorrow\'s post-op call.',
                                    'Contact card attached - please call for the day-1 follow-up.']))]
    proc = K.proc(ctx)
    body_lines.append(ctx.L('Intervention : ', 'Procedure: ') + proc)
    if rng.random() < 0.5:
        body_lines.append(K.take(ctx, 'meds'))
    body_lines += ['', T.bye(ctx, nurse, short=True)]
    vfn = '%s.vcf' % T.fn_name(ctx, p, rng.choice(['sur_giv', 'giv_sur']))
    msg = M.build_message(ctx, addr(nurse), addr(coord), ctx.L('Appel post-op', 'Post-op call'), '\n'.join(body_lines),
                          attachments=[Att(vfn, 'text/vcard', card, charset='utf-8')])
    return 'note', 'patient contact card for a post-op call', msg
