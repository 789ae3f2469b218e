"""Positive scenarios, part A: referrals, clearances, sign-out lists, bookings, transport."""
import datetime

import gen_attach as A
import gen_clinical as K
import gen_mime as M
import gen_people as P
import gen_text as T
from gen_mime import Att, addr

S = P.STAFF
X = P.EXTERNAL

HN_CANCER = {
    'fr': ["carcinome épidermoïde de l'amygdale droite, p16+ (T2N1M0)", 'carcinome épidermoïde de la base de langue T3N2',
           'carcinome du nasopharynx, stade III', 'carcinome mucoépidermoïde de la parotide gauche, post-parotidectomie',
           'carcinome épidermoïde du plancher buccal T2N1'],
    'en': ['right tonsil SCC, p16+ (T2N1M0)', 'base of tongue SCC T3N2', 'nasopharyngeal carcinoma, stage III',
           'left parotid mucoepidermoid carcinoma, post parotidectomy', 'floor of mouth SCC T2N1'],
}


BOOKINGS = {
    'fr': [('extraction 38 et 48 sous sédation IV', 'péricoronarite récidivante sur 38 semi-incluse', '45 min'),
           ('extractions multiples (5 dents) sous sédation IV', 'polycaries, racines résiduelles non restaurables', '1 h 30'),
           ('ostéotomie de Le Fort I et ostéotomie sagittale bilatérale', 'dysharmonie dento-squelettique de classe III', '5 h'),
           ('énucléation du kyste et curetage', 'kératokyste odontogène de la branche montante droite', '2 h'),
           ('biopsie excisionnelle', 'leucoplasie du bord latéral gauche de la langue', '45 min'),
           ('séquestrectomie et débridement', 'ostéonécrose des maxillaires liée aux bisphosphonates, stade 2', '1 h 30'),
           ('réhabilitation buccale complète sous AG', 'polycaries actives, non collaborant aux soins', '3 h'),
           ('ROFI mandibule', "fracture de l'angle mandibulaire gauche", '3 h')],
    'en': [('removal of 38 and 48 under IV sedation', 'recurrent pericoronitis on partially erupted 38', '45 min'),
           ('multiple extractions (5 teeth) under IV sedation', 'rampant caries, non-restorable root tips', '1 h 30'),
           ('Le Fort I osteotomy and bilateral sagittal split osteotomy', 'class III skeletal malocclusion', '5 h'),
           ('enucleation and curettage', 'odontogenic keratocyst, right ramus', '2 h'),
           ('excisional biopsy', 'leukoplakia of the left lateral tongue', '45 min'),
           ('sequestrectomy and debridement', 'stage 2 medication-related osteonecrosis of the jaw', '1 h 30'),
           ('full-mouth dental rehabilitation under GA', 'rampant caries, unable to cooperate with care', '3 h'),
           ('ORIF mandible', 'left mandibular angle fracture', '3 h')],
}

CENSUS = {
    'fr': [('fx parasymphyse D + angle G mandibule', 'ROFI demain AM, NPO minuit'),
           ('fx angle mandibulaire G', 'BMM élastiques, ciseaux au chevet'),
           ('fx ZMC G', 'pano + TDM contrôle demain, pas de mouchage'),
           ('cellulite sous-mandibulaire (36)', 'IV clinda, réévaluer œdème et trismus'),
           ("cellulite d'origine dentaire, drainage fait", 'drain à retirer demain'),
           ('ostéoradionécrose mandibule G', 'séquestrectomie faite, suivi path'),
           ('améloblastome, post-mandibulectomie segmentaire + péroné', 'surveillance lambeau q1h'),
           ('Le Fort I + BSSO jour 1', 'congé si tolère diète liquide'),
           ('kératokyste branche D, énucléation', 'congé demain, suivi path')],
    'en': [('R parasymphysis + L angle mandible fx', 'ORIF tomorrow AM, NPO midnight'),
           ('L mandibular angle fx', 'elastic IMF, cutters at bedside'),
           ('L ZMC fx', 'pano + CT check tomorrow, no nose blowing'),
           ('submandibular cellulitis (36)', 'IV clinda, reassess swelling and trismus'),
           ('odontogenic cellulitis, I&D done', 'pull drain tomorrow'),
           ('ORN L mandible', 'sequestrectomy done, f/u path'),
           ('ameloblastoma, post segmental mandibulectomy + fibula flap', 'flap checks q1h'),
           ('Le Fort I + BSSO POD1', 'd/c if tolerating full fluids'),
           ('OKC R ramus, enucleation', 'd/c tomorrow, f/u path')],
}


def _adult(a):
    return a >= 30


def referral_rt(ctx):
    """Radiation oncology asks for a pre-radiotherapy dental assessment."""
    rng = ctx.rng
    p = ctx.patient('nam' if rng.random() < 0.55 else 'qc', pred=_adult, age=(38, 82))
    src = rng.choice([S['laflamme'], S['morrison']])
    dst = rng.choice([S['rioux'], S['beaulieu']])
    start = ctx.day(12, 26)
    ctx.mark('diagnosis')
    dx = rng.choice(HN_CANCER[ctx.lang])
    dose = rng.choice(['70 Gy/35 fr.', '66 Gy/33 fr.', '60 Gy/30 fr.'])
    in_pdf_only = rng.random() < 0.3 and not p.nam
    extra = []
    if rng.random() < 0.5:
        extra.append(ctx.L('Médication pertinente : ', 'Relevant meds: ') + K.take(ctx, 'meds') + ', ' + K.take(ctx, 'meds'))
    if rng.random() < 0.35:
        extra.append(K.take(ctx, 'social').capitalize() + '.')
    pdf_lines = None
    if in_pdf_only:
        who = T.ident(ctx, p, layout='fields', mrn=True)
        body_id = ctx.L('Les renseignements du patient sont sur la demande ci-jointe.',
                        'Patient details are on the attached requisition.')
        pdf_lines = who.split('\n')
    else:
        body_id = T.ident(ctx, p)
    if ctx.fr:
        body = '\n'.join([
            T.greet(ctx, dst), '',
            "Nous aimerions un bilan dentaire pré-radiothérapie pour le patient suivant :" if p.sex == 'M'
            else 'Nous aimerions un bilan dentaire pré-radiothérapie pour la patiente suivante :', '',
            body_id, '',
            'Dx : ' + dx,
            'Traitement prévu : RT %s avec cisplatine concomitant, début prévu le %s.' % (dose, ctx.dstr(start)),
            rng.choice(['Champs incluant la mandibule bilatéralement — extractions à faire 10 à 14 jours avant le début si nécessaire.',
                        "Les glandes sous-mandibulaires seront dans le champ; on s'attend à une xérostomie importante.",
                        'Merci de prévoir aussi les gouttières de fluorure.'])] + extra + ['',
            rng.choice(['Pourriez-vous la voir dans les 7 prochains jours?', 'Est-ce possible de le/la voir cette semaine?',
                        "Merci de nous aviser si un délai est prévisible, on ajustera la date de simulation."]), '',
            T.bye(ctx, src)])
        subj = rng.choice(['Bilan dentaire pré-RT', 'Demande consult dentisterie onco — début RT %s' % start.strftime('%d/%m'),
                           'URGENT : évaluation dentaire avant radiothérapie'])
    else:
        body = '\n'.join([
            T.greet(ctx, dst), '',
            'We would like a pre-radiation dental assessment for the following patient:', '',
            body_id, '',
            'Dx: ' + dx,
            'Plan: RT %s with concurrent cisplatin, planned start %s.' % (dose, ctx.dstr(start)),
            rng.choice(['Fields include the mandible bilaterally, so any extractions should be done 10-14 days before start.',
                        'Both submandibular glands are in the field; expect significant xerostomia.',
                        'Please also arrange fluoride trays.'])] + extra + ['',
            rng.choice(['Could you see them within the next 7 days?', 'Any chance they can be seen this week?',
                        'Please let us know if there will be a delay so we can adjust the simulation date.']), '',
            T.bye(ctx, src)])
        subj = rng.choice(['Pre-RT dental clearance', 'Dental oncology consult request - RT start %s' % start.strftime('%b %d'),
                           'URGENT: dental assessment before radiation'])
    atts = []
    if pdf_lines is not None or rng.random() < 0.4:
        if pdf_lines is None:
            pdf_lines = [ctx.L('Voir courriel.', 'See e-mail.')]
        lines = pdf_lines + ['', 'Dx: ' + dx, ctx.L('Début RT : ', 'RT start: ') + start.isoformat(),
                             ctx.L('Demandeur : ', 'Requested by: ') + S['laflamme'].titled(ctx.lang)]
        fn = ctx.L('Demande_consultation_dentisterie_%s.pdf', 'Dental_consult_request_%s.pdf') % (
            T.fn_name(ctx, p) if rng.random() < 0.5 else start.strftime('%Y%m%d'))
        atts.append(Att(fn, 'application/pdf', A.make_pdf(ctx.L('Demande de consultation — Médecine dentaire',
                                                                  'Consultation request - Dentistry'), lines,
                                                           author=src.full)))
    msg = M.build_message(ctx, addr(src), addr(dst), subj, body, cc=P.SHARED['radonc'] if rng.random() < 0.4 else None,
                          attachments=atts, importance=rng.random() < 0.3)
    return 'referral', 'pre-radiotherapy dental assessment request', msg


def clearance_reply(ctx):
    """Hospital dentist answers the transplant programme; original request quoted below."""
    rng = ctx.rng
    p = ctx.patient('nam' if rng.random() < 0.5 else 'qc', pred=lambda a: a >= 18, age=(25, 70))
    prog = rng.choice(['rein', 'foie', 'moelle'])
    coord = S['proulx'] if prog == 'moelle' else S['bedard']
    dent = rng.choice([S['beaulieu'], S['oconnell']])
    ctx.mark('diagnosis')
    ctx_dx = {'rein': ctx.L('IRT en hémodialyse, inscrit(e) sur la liste de greffe rénale', 'ESRD on dialysis, on the kidney list'),
              'foie': ctx.L('cirrhose décompensée, bilan pré-greffe hépatique', 'decompensated cirrhosis, liver transplant work-up'),
              'moelle': ctx.L('LMA en rémission, allogreffe prévue', 'AML in remission, allogeneic SCT planned')}[prog]
    t0 = M.inner_when(ctx, rng.randint(60 * 24, 60 * 24 * 9))
    who = T.ident(ctx, p, layout=rng.choice(['inline', 'fields']))
    lab = K.take(ctx, 'labs') if rng.random() < 0.6 else None
    if ctx.fr:
        orig = '\n'.join([T.greet(ctx, dent), '',
                          'Pouvez-vous compléter le bilan dentaire pré-greffe pour :', who, ctx_dx + '.',
                          (lab + '.') if lab else '', 'Le comité se réunit le %s.' % ctx.dstr(ctx.day(5, 12)), '',
                          coord.full])
        done = rng.choice(['Extractions 18, 28 et 46 faites le %s sous anesthésie locale, guérison sans particularité.',
                           'Détartrage et 2 extractions (17, 37) le %s. Aucun foyer infectieux résiduel.',
                           'Examen et pano faits le %s : aucun foyer infectieux actif.'])
        top = '\n'.join([T.greet(ctx, coord, informal=rng.random() < 0.5), '',
                         rng.choice(['Bilan complété, voir ci-dessous.', "C'est fait."]) + ' ' + done % ctx.dstr(ctx.past(2, 9)),
                         rng.choice(["Du point de vue dentaire, pas de contre-indication à la greffe.",
                                     'Apte du point de vue dentaire. Rappel hygiène aux 3 mois recommandé.']),
                         rng.choice(['', 'La lettre est numérisée au dossier.', 'Je fais suivre le rapport par la secrétaire.']), '',
                         T.bye(ctx, dent)])
        subj = 'RE: ' + T.pick(rng, 'Bilan dentaire pré-greffe', 'Clairance dentaire — programme de greffe',
                                    lambda: 'Demande bilan dentaire %s' % ctx.name(p, 'caps_initial' if not p.nam else 'caps'))
    else:
        orig = '\n'.join([T.greet(ctx, dent), '',
                          'Could you complete the pre-transplant dental clearance for:', who, ctx_dx + '.',
                          (lab + '.') if lab else '', 'Committee meets %s.' % ctx.dstr(ctx.day(5, 12)), '', coord.full])
        done = rng.choice(['Extracted 18, 28 and 46 on %s under local, healing uneventful.',
                           'Scaling and two extractions (17, 37) on %s. No residual infection source.',
                           'Exam and pano done %s: no active dental infection.'])
        top = '\n'.join([T.greet(ctx, coord, informal=rng.random() < 0.5), '',
                         rng.choice(['Clearance done, see below.', 'All done.']) + ' ' + done % ctx.dstr(ctx.past(2, 9)),
                         rng.choice(['No dental contraindication to transplant.',
                                     'Dentally cleared. Recommend hygiene recall every 3 months.']),
                         rng.choice(['', 'Letter is scanned to the chart.', 'My assistant will fax the report.']), '',
                         T.bye(ctx, dent)])
        subj = 'RE: ' + T.pick(rng, 'Pre-transplant dental clearance', 'Dental clearance - transplant program',
                                    lambda: 'Clearance request %s' % ctx.name(p, 'caps_initial' if not p.nam else 'caps'))
    ctx.mark('diagnosis')
    body = top + '\n\n' + M.quote(ctx, coord, t0, orig)
    msg = M.build_message(ctx, addr(dent), addr(coord), subj, body, cc=P.SHARED['greffe'] if rng.random() < 0.5 else None,
                          in_reply_to='<%s.%08x@%s>' % (t0.strftime('%Y%m%d%H%M'), rng.getrandbits(32), P.DOMAIN))
    return 'reply', 'pre-transplant dental clearance reply with quoted request', msg


def census(ctx):
    """OMFS on-call sign-out list; as an HTML table, a text table or an XLSX file."""
    rng = ctx.rng
    res = rng.choice([S['bergeron'], S['sirois'], S['kowalski'], S['mensah']])
    n = rng.randint(4, 7)
    rows = [ctx.L(['Ch.', 'Patient', 'Dossier', 'Dx', 'Plan'], ['Rm', 'Patient', 'MRN', 'Dx', 'Plan'])]
    pairs = CENSUS[ctx.lang]
    use_nam = rng.random() < 0.3
    for i in range(n):
        p = ctx.patient('nam' if use_nam and i == 0 else 'qc', pred=_adult)
        style = rng.choice(['caps_comma', 'caps', 'initial', 'caps_initial', 'full', 'lower_rev'])
        nm = ctx.name(p, style)
        if p.nam:
            nm += ' (%s, %s, NAM %s)' % (ctx.sex(p, 'letter'), ctx.dob(p), ctx.nam(p))
        dx, plan = rng.choice(pairs)
        ctx.mark('diagnosis')
        if rng.random() < 0.3:
            plan += '; ' + K.take(ctx, 'labs')
        if rng.random() < 0.25:
            plan += '; ' + K.take(ctx, 'meds')
        mrn = ctx.mrn(p, rng.choice(['plain', 'spaced', 'prefixed'])) if rng.random() < 0.7 else ''
        rows.append(['%d%s' % (rng.randint(3, 9), '%02d' % rng.randint(1, 40)), nm, mrn, dx, plan])
    day = ctx.dstr(ctx.today)
    intro = rng.choice(ctx.L(['Liste de garde CBMF pour ce soir, %s.' % day, 'Voici la liste pour la passation (%s).' % day,
                              'Sign-out du %s, rien de critique.' % day],
                             ['OMFS sign-out for tonight, %s.' % day, 'Handover list for %s.' % day,
                              'Sign-out %s, nothing critical.' % day]))
    closing = rng.choice(ctx.L(['Pagette : 4150. Bonne garde!', 'Appelle-moi au besoin.', ''],
                               ['Pager 4150. Have a quiet night!', 'Call me if anything.', '']))
    mode = rng.choice(['html', 'text', 'xlsx'])
    subj = rng.choice(ctx.L(['Liste de garde CBMF %s' % ctx.today.strftime('%d/%m'), 'Passation soir', 'sign out'],
                            ['OMFS sign-out %s' % ctx.today.strftime('%m/%d'), 'Handover tonight', 'sign out list']))
    to = [P.SHARED['residents']]
    if mode == 'xlsx':
        body = '%s\n\n%s\n%s\n\n%s' % (T.greet(ctx), intro + ctx.L(' Liste en pièce jointe.', ' List attached.'), closing,
                                        res.given)
        data = A.make_xlsx([(ctx.L('Garde', 'Sign-out'), rows)], author=res.full)
        fn = ctx.L('Liste_garde_CBMF_%s.xlsx', 'OMFS_signout_%s.xlsx') % ctx.today.isoformat()
        msg = M.build_message(ctx, addr(res), to, subj, body, attachments=[
            Att(fn, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data)])
    elif mode == 'html':
        body = '%s\n\n%s\n\n%s\n\n%s\n%s' % (T.greet(ctx), intro, M.text_table(rows), closing, res.given)
        html = ('<html><head><meta charset="%%CHARSET%%"></head><body><p>' + T.greet(ctx).replace('\n', '') + '</p><p>'
                + intro + '</p>' + M.html_table(rows) + '<p>' + closing + '<br>' + res.given + '</p></body></html>')
        msg = M.build_message(ctx, addr(res), to, subj, body, html=html, form=rng.choice(['html', 'alt']))
    else:
        lines = ['%s  %s  %s  %s — %s' % (r[0], r[1], ('(' + r[2] + ')') if r[2] else '', r[3], r[4]) for r in rows[1:]]
        body = '%s\n\n%s\n\n%s\n\n%s\n%s' % (T.greet(ctx), intro, '\n'.join(lines), closing, res.given)
        msg = M.build_message(ctx, addr(res), to, subj, body, form='plain')
    return 'census', 'OMFS on-call sign-out list', msg


def booking(ctx):
    """Request to book a sedation or OR slot, with escort phone and medications."""
    rng = ctx.rng
    p = ctx.patient(ctx.kind(0.45), pred=lambda a: a >= 12, age=(16, 75))
    surg = rng.choice([S['chef'], S['lachance'], S['haddad'], S['raman']])
    clerk = rng.choice([S['kaur'], S['perreault']])
    proc, indic, dur = rng.choice(BOOKINGS[ctx.lang])
    ctx.mark('diagnosis')
    when = ctx.day(7, 40)
    where = rng.choice(ctx.L(['salle de sédation (clinique externe)', 'bloc opératoire, salle 7', 'bloc, ambulatoire'],
                             ['sedation suite (outpatient clinic)', 'main OR, room 7', 'day surgery OR']))
    lines = [T.ident(ctx, p, layout='fields', mrn=True), '',
             ctx.L('Intervention : ', 'Procedure: ') + proc,
             ctx.L('Indication : ', 'Indication: ') + indic,
             ctx.L('Durée estimée : ', 'Est. duration: ') + dur,
             ctx.L('Lieu : ', 'Location: ') + where,
             ctx.L('Date souhaitée : ', 'Requested date: ') + ctx.dstr(when),
             ctx.L('ASA : ', 'ASA: ') + rng.choice(['I', 'II', 'II', 'III']),
             ctx.L('Poids : ', 'Weight: ') + '%d kg' % rng.randint(48, 118)]
    if rng.random() < 0.6:
        lines.append(ctx.L('Médication : ', 'Meds: ') + K.take(ctx, 'meds') + ' — ' +
                     rng.choice(ctx.L(['à cesser 48 h avant selon hémato', 'poursuivre', 'à valider avec le Dr Ménard'],
                                      ['hold 48 h prior per haem', 'continue', 'to review with Dr. Ménard'])))
    if rng.random() < 0.4:
        lines.append(ctx.L('Antécédents : ', 'PMHx: ') + K.take(ctx, 'dx_context'))
    if rng.random() < 0.6:
        lines.append(ctx.L('Accompagnateur / joindre au : ', 'Escort / best phone: ') + ctx.phone(p))
    if rng.random() < 0.3:
        lines.append(ctx.L('Allergie : ', 'Allergy: ') + rng.choice(['pénicilline (urticaire)', 'latex', 'codéine']
                                                                     if ctx.fr else ['penicillin (hives)', 'latex', 'codeine']))
        ctx.mark('medication')
    body = '\n'.join([T.greet(ctx, clerk), '',
                      rng.choice(ctx.L(['Pouvez-vous réserver la plage suivante :', 'Demande de réservation :',
                                        'SVP booker :'],
                                       ['Could you please book the following:', 'Booking request:', 'Please book:'])),
                      ''] + lines + ['', T.bye(ctx, surg)])
    subj = rng.choice(ctx.L(['Réservation sédation IV', 'Demande de bloc — %s' % proc.split(' ')[0],
                             'Booking %s' % ctx.dstr(when)],
                            ['IV sedation booking', 'OR booking request', 'Booking for %s' % ctx.dstr(when)]))
    atts = []
    if rng.random() < 0.35:
        start = datetime.datetime.combine(when, datetime.time(rng.choice([8, 9, 10, 13])))
        nm = ctx.name(p, 'caps_initial' if not p.nam else 'caps')
        ics = A.make_ics('cbmf-%08x@%s' % (rng.getrandbits(32), P.DOMAIN), start, start + datetime.timedelta(hours=2),
                         '%s — %s' % (nm, proc), where, lines[0].replace('\n', ' ') + '\n' + lines[3],
                         (surg.full, surg.email), [(clerk.full, clerk.email)])
        atts.append(Att('invite.ics', 'text/calendar', ics, charset='utf-8'))
    msg = M.build_message(ctx, addr(surg), addr(clerk), subj, body, cc=P.SHARED['bloc'] if rng.random() < 0.5 else None,
                          attachments=atts)
    return 'booking', 'sedation or OR booking request', msg


def transport(ctx):
    """Paratransit or ambulance request: home address, phone, appointment."""
    rng = ctx.rng
    p = ctx.patient('nam' if rng.random() < 0.35 else 'qc', pred=lambda a: a >= 60, age=(65, 93))
    clerk = rng.choice([S['perreault'], S['drouin'], S['kaur']])
    appt = ctx.day(3, 20)
    hr = ctx.hour(8, 14)
    mob = rng.choice(ctx.L(['fauteuil roulant', 'marchette', 'civière', 'autonome avec canne'],
                           ['wheelchair', 'walker', 'stretcher', 'cane, independent']))
    fields = [T.ident(ctx, p, layout='fields', dob=True, mrn=rng.random() < 0.5),
              ctx.L('Adresse de départ : ', 'Pick-up address: ') + ctx.address(p),
              ctx.L('Téléphone : ', 'Phone: ') + ctx.phone(p),
              ctx.L('Rendez-vous : ', 'Appointment: ') + '%s, %s' % (ctx.dstr(appt), hr),
              ctx.L('Destination : ', 'Destination: ') + P.ORG[ctx.lang] + ', ' + P.CLINIC_ADDR[ctx.lang][0],
              ctx.L('Mobilité : ', 'Mobility: ') + mob]
    if rng.random() < 0.5:
        fields.append(ctx.L('Motif : ', 'Reason: ') + rng.choice(ctx.L(
            ['extractions sous sédation — ne pourra pas conduire', 'suivi post-op fracture mandibulaire',
             'biopsie de la muqueuse buccale'],
            ['extractions under sedation - cannot drive', 'post-op visit, mandible fracture', 'oral mucosal biopsy'])))
        if 'fract' in fields[-1]:
            ctx.mark('diagnosis')
    if rng.random() < 0.5:
        fields.append(ctx.L('Note : ', 'Note: ') + K.take(ctx, 'social'))
    body = '\n'.join([T.greet(ctx), '',
                      rng.choice(ctx.L(['Je vous transmets une demande de transport pour :', 'Demande de transport adapté :'],
                                       ['Please arrange transport for:', 'Paratransit request:'])), ''] + fields +
                     ['', rng.choice(ctx.L(['Retour prévu vers midi.', 'Le retour : environ 2 h après.', ''],
                                           ['Return trip around noon.', 'Return about 2 h later.', ''])), T.bye(ctx, clerk)])
    subj = ctx.L('Demande de transport — %s', 'Transport request - %s') % appt.strftime('%Y-%m-%d')
    msg = M.build_message(ctx, addr(clerk), addr(X['transport']), subj, body)
    return 'transport', 'paratransit request for a clinic appointment', msg


def pathology(ctx):
    """Biopsy result relayed between surgeon and secretary; sometimes only a chart number."""
    rng = ctx.rng
    p = ctx.patient(ctx.kind(0), pred=_adult, age=(30, 85))
    surg = rng.choice([S['chef'], S['lachance'], S['haddad'], S['raman']])
    sec = rng.choice([S['drouin'], S['perreault']])
    path = K.take(ctx, 'path')
    mode = rng.choice(['mrn', 'subject', 'name'])
    if mode == 'mrn':
        who = ctx.L('dossier ', 'chart ') + ctx.mrn(p)
        subj = rng.choice(ctx.L(['Résultat path', 'path revenue', 'biopsie — rdv à donner'],
                                ['Path result', 'path back', 'biopsy - needs appt']))
    elif mode == 'subject':
        who = ctx.L('la patiente en objet', 'the patient in the subject line') if p.sex == 'F' else \
            ctx.L('le patient en objet', 'the patient in the subject line')
        subj = '%s — %s' % (ctx.name(p, rng.choice(['caps_comma', 'full', 'caps_initial'])),
                            ctx.L('biopsie', 'biopsy'))
    else:
        who = ctx.name(p) + (' (%s)' % ctx.mrn(p) if rng.random() < 0.5 else '')
        subj = ctx.L('Résultat de biopsie', 'Biopsy result')
    urg = rng.random() < 0.5
    if ctx.fr:
        body = '\n'.join([sec.given + ',' if rng.random() < 0.6 else T.greet(ctx, sec), '',
                          'Pour %s : %s.' % (who, path),
                          rng.choice(['SVP donner un rdv cette semaine avec moi (30 min), pas par téléphone.',
                                      'Rdv de suivi dans 2-3 semaines, ce n\'est pas urgent.',
                                      'Appelle-la pour devancer le suivi; je veux la voir avant mon congé.'
                                      if p.sex == 'F' else 'Appelle-le pour devancer le suivi; je veux le voir avant mon congé.']),
                          rng.choice(['', 'Je fais la demande de TDM cervico-thoracique en parallèle.', 'Copie au Dr Lemieux svp.']),
                          '', surg.given])
    else:
        body = '\n'.join([sec.given + ',' if rng.random() < 0.6 else T.greet(ctx, sec), '',
                          'For %s: %s.' % (who, path),
                          rng.choice(['Please book with me this week (30 min), not by phone.',
                                      'Follow-up in 2-3 weeks, not urgent.',
                                      'Please call to move the follow-up earlier; I want to see them before my leave.']),
                          rng.choice(['', "I'm ordering a neck/chest CT in parallel.", 'Please cc Dr. Lemieux.']),
                          '', surg.given])
    msg = M.build_message(ctx, addr(surg), addr(sec), subj, body, form=rng.choice(['plain', 'plain', 'html']),
                          importance=urg)
    return 'lab_followup', 'biopsy result relayed to the secretary', msg
