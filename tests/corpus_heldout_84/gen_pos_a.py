"""Positive builders, part A: run reports, 911 follow-ups, transfers, medevac, 811, poison centre,
telehealth bookings."""
import datetime

from gen_common import ORGS, pick, chance, staff, address, phone_fmt, make_mrn, fmt_date, hhmm
from gen_mime import Mail, Att
from gen_attach import make_pdf, make_ics, make_docx
from gen_text import (greet, close, signature, compose, disclaimer, case, vitals, call_no, unit_no,
                      time_at, quote, quote_header, dec)
from gen_people import pname, nam_str, dob_str, age_str, sender, team, ascii_fn


def _ages(c):
    return c['age']


# ------------------------------------------------------------------ 1. run report as PDF
def run_report_pdf(ctx):
    c, cl = case(ctx)
    p = ctx.pool.holder(ctx.rng, *_ages(c), when=ctx.day)
    me, frm = sender(ctx, 'spl')
    dest = pick(ctx.rng, ['hvn', 'chul', 'hsc'])
    cn = call_no(ctx)
    addr = address(ctx.rng)
    tel = phone_fmt(ctx.rng)
    types = {'patient_name', 'date_of_birth', 'ramq_nam', 'patient_contact', 'diagnosis', 'medication', 'lab_result'}
    L = ctx.T
    lines = [
        '# ' + L('Identification du patient', 'Patient identification'),
        L('%s : %s', '%s: %s') % (L('Nom', 'Name'), p.surname.upper()), L('%s : %s', '%s: %s') % (L('Prénom', 'Given name'), p.given),
        L('%s : %s    %s : %s', '%s: %s    %s: %s') % (L('Date de naissance', 'Date of birth'), p.dob.strftime('%Y-%m-%d'), L('Sexe', 'Sex'), p.sex),
        L('NAM : %s', pick(ctx.rng, ['RAMQ: %s', 'HCN: %s', 'NAM: %s', 'Health card: %s'])) % nam_str(ctx, p),
        L('%s : %s', '%s: %s') % (L('Adresse', 'Address'), addr), L('%s : %s', '%s: %s') % (L('Téléphone', 'Phone'), tel),
        '# ' + L('Intervention', 'Call'),
        L('%s : %s    %s : %s', '%s: %s    %s: %s') % (L('No d\'appel', 'Call no.'), cn, L('Véhicule', 'Unit'), unit_no(ctx)),
        L('%s : %s / %s : %s / %s : %s', '%s: %s / %s: %s / %s: %s') % (L('Appel', 'Call'), time_at(ctx, 190), L('Arrivée', 'On scene'), time_at(ctx, 178),
                                        L('Destination', 'At hospital'), time_at(ctx, 140)),
        '# ' + L('Évaluation', 'Assessment'),
        L('Raison d\'appel : ', 'Chief complaint: ') + cl['cc'],
        L('Impression clinique : ', 'Field impression: ') + cl['dx'],
        L('Signes vitaux (1) : ', 'Vitals (1): ') + vitals(ctx),
        L('Signes vitaux (2) : ', 'Vitals (2): ') + vitals(ctx),
        L('Glycémie capillaire : %s mmol/L' % dec(ctx, ctx.rng.randrange(18, 140) / 10) if c['key'] != 'hypo' else 'Glycémie capillaire : 1,8 mmol/L',
          'Capillary glucose: %s mmol/L' % dec(ctx, ctx.rng.randrange(18, 140) / 10) if c['key'] != 'hypo' else 'Capillary glucose: 1.8 mmol/L'),
        '# ' + L('Interventions', 'Treatment'),
    ] + ['- ' + m for m in cl['meds']] + [
        '# ' + L('Transfert des soins', 'Transfer of care'),
        L('Remis à l\'infirmière au triage, ', 'Handed over to triage RN, ') + ORGS[dest][0],
        L('Paramédics : ', 'Paramedics: ') + '%s %s (%s), %s %s' % (me[0], me[1], 'PSP-%04d' % ctx.rng.randrange(9999),
                                                                    *staff(ctx.rng, exclude=[me])),
    ]
    pdf = make_pdf(L('Rapport d\'intervention préhospitalière', 'Patient care report'), lines,
                   author=ORGS['spl'][0], subtitle=L('Copie destinée au centre receveur', 'Receiving facility copy'))
    if ctx.chance(0.4):
        fn = 'RIP_%s_%s.pdf' % (cn, ascii_fn(p.surname).upper())
    else:
        fn = L('RIP_appel_%s.pdf', 'PCR_%s.pdf') % cn
    body_bits = [
        L('Tel que demandé, voici la copie du rapport d\'intervention pour l\'appel %s (transport vers %s).' % (cn, ORGS[dest][0]),
          'As requested, attached is the patient care report for call %s (transport to %s).' % (cn, ORGS[dest][0])),
        L(pick(ctx.rng, ['La feuille originale a été laissée au triage mais l\'archiviste n\'a pas pu la numériser.',
                         'Le rapport manquait au dossier selon les archives.']),
          pick(ctx.rng, ['The paper copy was left at triage but medical records could not scan it.',
                         'Health records said it was missing from the chart.'])),
    ]
    to = [team(ctx, dest, 'Archives médicales', 'Health Records', 'archives')]
    subj = pick(ctx.rng, [L('Copie RIP appel %s', 'PCR copy call %s') % cn,
                          L('RIP manquant - %s', 'Missing PCR - %s') % cn,
                          L('Rapport d\'intervention demandé', 'Requested run report')])
    text = compose(ctx, greet(ctx), body_bits, signature(ctx, me, L('Superviseur aux opérations', 'Operations supervisor'), 'spl'))
    m = Mail(ctx.lang, subj, frm, to, text, atts=[Att(fn, 'application/pdf', data=pdf)], types=types,
             note='paramedic run report PDF with NAM, DOB, address, vitals, meds')
    m.must = [p.surname]
    return m


# ------------------------------------------------------------------ 2. run report discussed inline
def run_report_inline(ctx):
    c, cl = case(ctx)
    use_nam = ctx.chance(0.5)
    p = ctx.pool.holder(ctx.rng, *_ages(c), when=ctx.day) if use_nam else ctx.pool.invented(ctx.rng, *_ages(c), when=ctx.day)
    me, frm = sender(ctx, 'spl')
    other = staff(ctx.rng, exclude=[me])
    cn = call_no(ctx)
    L = ctx.T
    types = {'patient_name', 'diagnosis', 'medication'}
    nm = pname(ctx, p)
    paras = []
    paras.append(L(
        'Suivi de l\'appel %s d\'hier soir : nous avons transporté %s (%s). Motif : %s. '
        'Sur place : %s.' % (cn, nm, age_str(ctx, p), cl['cc'], vitals(ctx)),
        'Follow-up on call %s last night: we transported %s (%s). Presenting problem: %s. On scene: %s.' % (
            cn, nm, age_str(ctx, p), cl['cc'], vitals(ctx))))
    paras.append(L('Traitement administré : %s. Impression : %s.' % (', '.join(cl['meds']), cl['dx']),
                   'Treatment given: %s. Impression: %s.' % (', '.join(cl['meds']), cl['dx'])))
    if use_nam:
        paras.append(L('Le NAM n\'était pas sur le RIP papier, le voici : %s' % nam_str(ctx, p),
                       'The health card number was missing from the paper PCR: %s' % nam_str(ctx, p)))
        types.add('ramq_nam')
    paras.append(pick(ctx.rng, [
        L('Pouvez-vous l\'ajouter au dossier et confirmer que l\'infirmière au triage a bien reçu la liste de médicaments de la famille ?',
          'Could you add it to the chart and confirm triage got the medication list from the family?'),
        L('Je voulais aussi souligner que l\'équipe a attendu 55 minutes avant le transfert de soins.',
          'Also flagging that the crew waited 55 minutes on offload.'),
    ]))
    subj = pick(ctx.rng, [L('Suivi appel %s', 'Follow-up call %s') % cn,
                          L('Info manquante RIP %s', 'Missing info PCR %s') % cn,
                          L('Transport d\'hier soir', 'Last night\'s transport')])
    text = compose(ctx, greet(ctx, other[0]), paras, signature(ctx, me, L('Paramédic en soins primaires', 'Primary care paramedic'), 'spl'))
    dest = pick(ctx.rng, ['hvn', 'chul', 'hsc'])
    to = [('%s %s' % other, '%s@%s' % (ascii_fn(other[1]).lower(), ORGS[dest][1]))]
    m = Mail(ctx.lang, subj, frm, to, text, types=types, note='paramedic follow-up on a transport, patient named')
    m.must = [p.surname]
    return m


# ------------------------------------------------------------------ 3. 911 dispatch follow-up
def dispatch_followup(ctx):
    c, cl = case(ctx, ['stemi', 'stroke', 'hypo', 'opioid', 'hip', 'seizure', 'co', 'copd'])
    p = ctx.pool.invented(ctx.rng, *_ages(c), when=ctx.day)
    caller = ctx.pool.invented(ctx.rng, 18, 80, when=ctx.day)
    me, frm = sender(ctx, 'ccs')
    cn = call_no(ctx)
    addr = address(ctx.rng)
    tel = phone_fmt(ctx.rng)
    L = ctx.T
    types = {'patient_name', 'patient_contact', 'diagnosis'}
    rel = pick(ctx.rng, [L('sa fille', 'daughter'), L('son voisin', 'neighbour'), L('son conjoint', 'spouse'),
                         L('la préposée de la résidence', 'the residence attendant')])
    paras = [
        L('Retour sur l\'appel %s reçu à %s. Appelant : %s (%s), tél. de rappel %s.' % (cn, time_at(ctx, 300), caller.full, rel, tel),
          'Follow-up on call %s received at %s. Caller: %s (%s), callback number %s.' % (cn, time_at(ctx, 300), caller.full, rel, tel)),
        L('Patient : %s, %s, au %s. Motif : %s. Priorité attribuée : %d.' % (pname(ctx, p), age_str(ctx, p), addr, cl['cc'], ctx.rng.randrange(0, 4)),
          'Patient: %s, %s, at %s. Reason: %s. Priority assigned: %d.' % (pname(ctx, p), age_str(ctx, p), addr, cl['cc'], ctx.rng.randrange(0, 4))),
        pick(ctx.rng, [
            L('L\'appelant a raccroché avant la fin du questionnaire; nous avons rappelé deux fois sans réponse. '
              'Pouvez-vous vérifier avec l\'équipe si le patient a bien été transporté ?',
              'Caller disconnected before protocol was completed; two callback attempts, no answer. '
              'Can you confirm with the crew the patient was transported?'),
            L('Le délai d\'affectation a dépassé 14 minutes (aucun véhicule disponible dans la zone). Plainte prévisible de la famille.',
              'Assignment delay exceeded 14 minutes (no unit available in the zone). The family will likely complain.'),
            L('Le code d\'accès de l\'immeuble est 4481#; à ajouter aux notes de l\'adresse pour les prochains appels.',
              'Building access code is 4481#; please add it to the premise notes for future calls.'),
        ]),
    ]
    subj = pick(ctx.rng, [L('Appel %s - suivi', 'Call %s - follow-up') % cn,
                          L('Suivi QA appel %s', 'QA follow-up %s') % cn,
                          L('Rappel appelant %s', 'Callback %s') % cn])
    to = [team(ctx, 'spl', 'Supervision opérations', 'Ops supervisors', 'supervision')]
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Répartitrice médicale d\'urgence', 'Emergency medical dispatcher'), 'ccs'))
    m = Mail(ctx.lang, subj, frm, to, text, types=types, note='911 dispatch follow-up with patient, address, complaint')
    m.must = [p.surname]
    return m


# ------------------------------------------------------------------ 4. transfer request to CORTI
def _transfer_block(ctx, p, cl, with_nam, mrn):
    L = ctx.T
    lines = [
        L('%s : %s', '%s: %s') % (L('Patient', 'Patient'), pname(ctx, p, pick(ctx.rng, [0, 1, 3, 6]))),
        L('%s : %s', '%s: %s') % (L('DDN', 'DOB'), dob_str(ctx, p)),
    ]
    if with_nam:
        lines.append(L('NAM : %s', pick(ctx.rng, ['RAMQ: %s', 'HCN: %s', 'NAM: %s', 'Health card: %s'])) % nam_str(ctx, p))
    if mrn:
        lines.append(L('%s : %s', '%s: %s') % (L('No dossier', 'MRN'), mrn))
    lines += [
        L('%s : %s', '%s: %s') % (L('Diagnostic', 'Diagnosis'), cl['dx']),
        L('%s : %s', '%s: %s') % (L('Traitement en cours', 'Current treatment'), ', '.join(cl['meds'])),
        L('%s : %s', '%s: %s') % (L('Labos', 'Labs'), ', '.join(cl['labs'])),
        L('%s : %s', '%s: %s') % (L('Service demandé', 'Service requested'), cl['dest']),
        L('%s : %s', '%s: %s') % (L('Signes vitaux', 'Vitals'), vitals(ctx)),
    ]
    return '\n'.join(lines)


def transfer_request(ctx):
    c, cl = case(ctx, ['stemi', 'stroke', 'gibleed', 'tbi', 'aorta', 'dka', 'sepsis', 'copd'])
    with_nam = ctx.chance(0.6)
    p = ctx.pool.holder(ctx.rng, *_ages(c), when=ctx.day) if with_nam else ctx.pool.invented(ctx.rng, *_ages(c), when=ctx.day)
    mrn = make_mrn(ctx.rng) if (not with_nam or ctx.chance(0.4)) else None
    me, frm = sender(ctx, pick(ctx.rng, ['hsc', 'hvn']))
    L = ctx.T
    types = {'patient_name', 'date_of_birth', 'diagnosis', 'medication', 'lab_result'}
    if with_nam:
        types.add('ramq_nam')
    if mrn:
        types.add('mrn')
    block = _transfer_block(ctx, p, cl, with_nam, mrn)
    paras = [
        L('Demande de transfert interétablissement, priorité %s.' % pick(ctx.rng, ['URGENTE', '1', '2']),
          'Inter-facility transfer request, priority %s.' % pick(ctx.rng, ['URGENT', '1', '2'])),
        block,
        L('Médecin référent joignable au %s. Patient stable pour transport terrestre avec infirmière d\'escorte.' % phone_fmt(ctx.rng),
          'Referring MD reachable at %s. Stable for ground transport with RN escort.' % phone_fmt(ctx.rng)),
    ]
    subj = pick(ctx.rng, [L('Demande de transfert - %s', 'Transfer request - %s') % cl['dest'],
                          L('Transfert urgent %s', 'Urgent transfer %s') % ORGS['chul'][0],
                          L('DT %s', 'TR %s') % ctx.when.strftime('%Y%m%d-%H%M')])
    to = [team(ctx, 'corti', 'CORTI - coordination', 'CORTI coordination', 'coordination')]
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Urgentologue', 'Emergency physician'), 'hsc'))
    m = Mail(ctx.lang, subj, frm, to, text, types=types, note='transfer request to regional transfer centre')
    m.must = [p.surname]
    return m


# ------------------------------------------------------------------ 5. transfer reply with quoted request
def transfer_reply_quoted(ctx):
    c, cl = case(ctx, ['stemi', 'stroke', 'gibleed', 'tbi', 'aorta', 'sepsis', 'hip'])
    with_nam = ctx.chance(0.5)
    p = ctx.pool.holder(ctx.rng, *_ages(c), when=ctx.day) if with_nam else ctx.pool.invented(ctx.rng, *_ages(c), when=ctx.day)
    mrn = make_mrn(ctx.rng) if not with_nam else None
    me, frm = sender(ctx, 'corti')
    orig, ofrm = sender(ctx, 'hvn', staff(ctx.rng, exclude=[me]))
    L = ctx.T
    types = {'patient_name', 'date_of_birth', 'diagnosis', 'medication', 'lab_result'}
    types.add('ramq_nam' if with_nam else 'mrn')
    bed = pick(ctx.rng, ['4e Nord lit 412-B', 'USIC lit 7', 'SI-2 lit 14', '6 Ouest 618', 'Neuro 3-22'])
    top = [
        pick(ctx.rng, [L('Lit confirmé : %s. Transport ambulancier demandé pour %s.' % (bed, time_at(ctx, -90)),
                         'Bed confirmed: %s. Ambulance booked for %s.' % (bed, time_at(ctx, -90))),
                       L('Accepté par l\'équipe receveuse. Lit : %s.' % bed, 'Accepted by receiving team. Bed: %s.' % bed)]),
        L('Merci d\'envoyer le résumé, les imageries (PACS) et la feuille d\'administration des médicaments avec l\'escorte.',
          'Please send the summary, imaging (PACS push) and the MAR with the escort.'),
    ]
    qtext = '\n\n'.join([greet(ctx), L('Demande de transfert :', 'Transfer request:'),
                         _transfer_block(ctx, p, cl, with_nam, mrn), close(ctx), '%s %s' % orig])
    qh = quote_header(ctx, '%s %s <%s>' % (orig[0], orig[1], ofrm[1]), ctx.when - datetime.timedelta(hours=1, minutes=ctx.rng.randrange(60)))
    subj_core = pick(ctx.rng, [L('Demande de transfert', 'Transfer request'), L('Transfert', 'Transfer')])
    if qh.endswith('Objet : ') or qh.endswith('Subject: '):
        qh += subj_core
    body = '\n\n'.join([greet(ctx, orig[0])] + top + [close(ctx), signature(ctx, me, L('Infirmière coordonnatrice', 'Nurse coordinator'), 'corti')])
    body += '\n\n' + qh + '\n' + quote(qtext) + '\n'
    subj = pick(ctx.rng, ['RE: ', 'Re: ', 'RE : ', 'RÉP : ' if ctx.lang == 'fr' else 'RE: ']) + subj_core
    m = Mail(ctx.lang, subj, frm, [ofrm], body, types=types, reply=True,
             note='bed confirmation reply; patient details only in quoted request')
    m.must = [p.surname]
    return m


# ------------------------------------------------------------------ 6. air medevac request
def medevac(ctx):
    c, cl = case(ctx, ['stemi', 'sepsis', 'gibleed', 'hypo', 'dka', 'copd', 'seizure', 'anaph'])
    p = ctx.pool.holder(ctx.rng, *_ages(c), when=ctx.day)
    me, frm = sender(ctx, 'ciss')
    L = ctx.T
    site = pick(ctx.rng, ['Pointe-Boréale', 'Lac-Kawaskani', 'Baie-des-Brumes', 'Île-aux-Outardes-Nord'])
    esc = ctx.pool.invented(ctx.rng, 18, 70, when=ctx.day)
    types = {'patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis', 'medication', 'lab_result'}
    lines = [
        L('Site demandeur : CLSC/dispensaire de %s' % site, 'Requesting site: nursing station, %s' % site),
        L('Patient : %s   DDN : %s   Sexe : %s' % (pname(ctx, p, 1), dob_str(ctx, p), p.sex),
          'Patient: %s   DOB: %s   Sex: %s' % (pname(ctx, p, 1), dob_str(ctx, p), p.sex)),
        L('NAM : %s', pick(ctx.rng, ['RAMQ: %s', 'HCN: %s', 'NAM: %s', 'Health card: %s'])) % nam_str(ctx, p),
        L('Poids : %d kg' % ctx.rng.randrange(12, 110), 'Weight: %d kg' % ctx.rng.randrange(12, 110)),
        L('Problème : ', 'Problem: ') + cl['dx'] + ' — ' + cl['cc'],
        L('Traitement reçu : ', 'Treatment given: ') + ', '.join(cl['meds']),
        L('Résultats disponibles : ', 'Available results: ') + ', '.join(cl['labs']),
        L('SV à %s : ' % time_at(ctx, 20), 'Vitals at %s: ' % time_at(ctx, 20)) + vitals(ctx),
        L('Accompagnateur : %s (membre de la famille)' % esc.full, 'Escort: %s (family member)' % esc.full),
    ]
    paras = [
        pick(ctx.rng, [L('Demande d\'évacuation aéromédicale urgente.', 'Urgent aeromedical evacuation request.'),
                       L('Suite à notre appel de %s, voici les détails pour l\'évacuation.' % time_at(ctx, 35),
                         'Further to our %s call, details for the medevac below.' % time_at(ctx, 35))]),
        '\n'.join(lines),
        pick(ctx.rng, [L('Piste dégagée, météo limite (plafond 800 pi). Nous restons en attente au poste.',
                         'Runway clear, marginal weather (800 ft ceiling). Standing by at the station.'),
                       L('Prévoir une place pour l\'accompagnateur et un interprète à l\'arrivée.',
                         'Patient needs an escort seat and an interpreter on arrival.')]),
    ]
    subj = pick(ctx.rng, [L('ÉVAC URGENTE %s', 'URGENT MEDEVAC %s') % site,
                          L('Demande évacuation - %s', 'Medevac request - %s') % site,
                          L('Évacuation aéromédicale : %s', 'Air medevac: %s') % pname(ctx, p, 3)])
    to = [team(ctx, 'sab', 'Régulation aéromédicale', 'Air medevac dispatch', 'regulation')]
    text = compose(ctx, '', paras, signature(ctx, me, L('Infirmière en rôle élargi', 'Expanded-role nurse'), 'ciss'))
    m = Mail(ctx.lang, subj, frm, to, text, types=types, note='air medevac request from remote nursing station')
    m.must = [p.surname]
    return m


# ------------------------------------------------------------------ 7. Info-Santé 811 callback
def info_sante_callback(ctx):
    L = ctx.T
    scen = ctx.rng.randrange(4)
    if scen == 0:
        p = ctx.pool.invented(ctx.rng, 0, 1, when=ctx.day)
        problem = L('fièvre 39,2 °C chez un nourrisson de %d mois, boit moins' % ctx.rng.randrange(2, 11),
                    'fever 39.2 C in a %d-month-old, drinking less' % ctx.rng.randrange(2, 11))
        advice = L('acétaminophène 15 mg/kg, réévaluation en clinique dans les 12 h',
                   'acetaminophen 15 mg/kg, clinic reassessment within 12 h')
        med = True
    elif scen == 1:
        p = ctx.pool.invented(ctx.rng, 25, 85, when=ctx.day)
        problem = L('douleur thoracique atypique depuis ce matin, antécédent d\'angine', 'atypical chest pain since this morning, history of angina')
        advice = L('orienté%s vers l\'urgence, ambulance offerte et refusée' % ('e' if p.sex == 'F' else ''), 'referred to the ED, ambulance offered and declined')
        med = False
    elif scen == 2:
        p = ctx.pool.invented(ctx.rng, 18, 70, when=ctx.day)
        problem = L('idées suicidaires sans plan précis, vit seul depuis sa séparation',
                    'suicidal ideation without a specific plan, living alone since separation')
        advice = L('transfert à l\'intervenant psychosocial 811 option 2, rappel prévu demain',
                   'warm transfer to 811 psychosocial line, callback planned tomorrow')
        med = False
    else:
        p = ctx.pool.invented(ctx.rng, 30, 90, when=ctx.day)
        problem = L('éruption et enflure des lèvres après la première dose d\'amoxicilline',
                    'rash and lip swelling after first dose of amoxicillin')
        advice = L('cesser l\'amoxicilline, cétirizine 10 mg, consulter si dyspnée', 'stop amoxicillin, cetirizine 10 mg, ED if short of breath')
        med = True
    tel = phone_fmt(ctx.rng)
    me, frm = sender(ctx, 'is811')
    types = {'patient_name', 'patient_contact', 'diagnosis'}
    if med:
        types.add('medication')
    if scen == 2:
        types.add('social_information')
    clinic, cdom = pick(ctx.rng, [('GMF des Trois-Pins', 'gmf-troispins.example'), ('GMF-U Val-Nordet', 'gmfu-vn.example'),
                                  ('Clinique médicale du Lac-Brûlé', 'cm-lacbrule.example'), ('Family Health Team Eastbrook', 'eastbrook-fht.example')])
    paras = [
        L('Rappel infirmier Info-Santé effectué le %s à %s.' % (fmt_date(ctx.rng, ctx.day, 'fr'), time_at(ctx, 45)),
          'Info-Santé nurse callback completed %s at %s.' % (fmt_date(ctx.rng, ctx.day, 'en'), time_at(ctx, 45))),
        L('Usager : %s — tél. %s\nMotif : %s\nConduite : %s' % (pname(ctx, p), tel, problem, advice),
          'Caller/patient: %s — phone %s\nReason: %s\nDisposition: %s' % (pname(ctx, p), tel, problem, advice)),
        L('L\'usager est inscrit à votre GMF; merci d\'assurer le suivi (rendez-vous d\'accès adapté si possible).',
          'The patient is registered with your clinic; please arrange follow-up (same-day slot if possible).'),
    ]
    subj = pick(ctx.rng, [L('Rappel 811 - suivi requis', '811 callback - follow-up needed'),
                          L('Info-Santé : demande de suivi', 'Info-Santé: follow-up request'),
                          L('Suivi 811 %s' % pname(ctx, p, 5), '811 follow-up %s' % pname(ctx, p, 5))])
    to = [(clinic, 'accueil@%s' % cdom)]
    text = compose(ctx, greet(ctx), paras, signature(ctx, me, L('Infirmière clinicienne, Info-Santé 811', 'Nurse, Info-Santé 811'), 'is811'))
    m = Mail(ctx.lang, subj, frm, to, text, types=types, note='811 nurse callback note to family clinic')
    m.must = [p.surname]
    return m


# ------------------------------------------------------------------ 8. poison centre consultation
def poison_consult(ctx):
    L = ctx.T
    use_nam = ctx.chance(0.5)
    p = (ctx.pool.holder(ctx.rng, 4, 16, when=ctx.day) if use_nam else ctx.pool.invented(ctx.rng, 1, 17, when=ctx.day))
    me, frm = sender(ctx, 'cap')
    doc = staff(ctx.rng, exclude=[me])
    sub = ctx.rng.randrange(4)
    if sub == 0:
        what = L('acétaminophène 500 mg, jusqu\'à 12 comprimés', 'acetaminophen 500 mg, up to 12 tablets')
        lab = L('concentration d\'acétaminophène à 4 h : 1 340 µmol/L (au-dessus de la ligne de traitement)',
                'acetaminophen level at 4 h: 1,340 µmol/L (above treatment line)')
        rec = L('débuter la N-acétylcystéine IV (protocole 2 sacs), bilan hépatique aux 12 h',
                'start IV N-acetylcysteine (two-bag protocol), LFTs q12h')
    elif sub == 1:
        what = L('pile bouton au lithium (20 mm) possiblement avalée', 'possible 20 mm lithium button battery ingestion')
        lab = L('radiographie : corps étranger rond à l\'œsophage distal (signe du halo)', 'X-ray: round foreign body in the distal esophagus (halo sign)')
        rec = L('miel 10 mL aux 10 min en attendant l\'endoscopie urgente au CHU Laurentin', 'honey 10 mL q10min pending urgent endoscopy at CHU Laurentin')
    elif sub == 2:
        what = L('comprimés de lithium de la grand-mère (300 mg)', "grandmother's lithium tablets (300 mg)")
        lab = L('lithémie 2,8 mmol/L à 6 h', 'lithium level 2.8 mmol/L at 6 h')
        rec = L('hydratation, néphrologie consultée pour hémodialyse', 'IV fluids, nephrology consulted for hemodialysis')
    else:
        what = L('capsule de détergent à lessive mordue', 'bitten laundry detergent pod')
        lab = L('gaz veineux normal, pas de stridor', 'normal VBG, no stridor')
        rec = L('observation 6 h, congé si asymptomatique', 'observe 6 h, discharge if asymptomatic')
    types = {'patient_name', 'diagnosis', 'medication', 'lab_result'}
    idl = ''
    if use_nam:
        types |= {'ramq_nam', 'date_of_birth'}
        idl = L('\nNAM %s, né(e) le %s' % (nam_str(ctx, p), dob_str(ctx, p)), '\nHealth card %s, DOB %s' % (nam_str(ctx, p), dob_str(ctx, p)))
    weight = min(70, 2 * p.age(ctx.day) + 8 + ctx.rng.randrange(-2, 5))
    paras = [
        L('Résumé de la consultation téléphonique de %s :' % time_at(ctx, 80), 'Summary of the %s phone consultation:' % time_at(ctx, 80)),
        L('Enfant : %s, %s, %d kg%s\nExposition : %s\nRésultat : %s\nRecommandation : %s' % (pname(ctx, p, pick(ctx.rng, [0, 1, 3, 4, 5, 6])), age_str(ctx, p), weight, idl, what, lab, rec),
          'Child: %s, %s, %d kg%s\nExposure: %s\nResult: %s\nRecommendation: %s' % (pname(ctx, p, pick(ctx.rng, [0, 1, 3, 4, 5, 6])), age_str(ctx, p), weight, idl, what, lab, rec)),
        L('N\'hésitez pas à nous rappeler au besoin (dossier CAP-%05d).' % ctx.rng.randrange(99999),
          'Call back anytime (poison centre file %05d).' % ctx.rng.randrange(99999)),
    ]
    subj = pick(ctx.rng, [L('Consultation Centre antipoison', 'Poison Centre consultation'),
                          L('CAP - recommandations', 'PCC - recommendations'),
                          L('Intoxication pédiatrique - suivi', 'Paediatric ingestion - follow-up')])
    to = [('Dr %s %s' % doc, '%s@%s' % (ascii_fn(doc[1]).lower(), ORGS[pick(ctx.rng, ['hvn', 'hsc'])][1]))]
    text = compose(ctx, greet(ctx, 'Dr %s' % doc[1]), paras, signature(ctx, me, L('Infirmière, Centre antipoison', 'Specialist in poison information'), 'cap'))
    m = Mail(ctx.lang, subj, frm, to, text, types=types, note='poison centre consultation summary for a named child')
    m.must = [p.surname]
    return m


# ------------------------------------------------------------------ 9. telehealth booking
def telehealth_booking(ctx):
    L = ctx.T
    p = ctx.pool.invented(ctx.rng, 18, 88, when=ctx.day)
    me, frm = sender(ctx, 'tele')
    doc = staff(ctx.rng, exclude=[me])
    spec, reason = pick(ctx.rng, [
        (L('cardiologie', 'cardiology'), L('suivi post-infarctus et ajustement du bisoprolol', 'post-MI follow-up and bisoprolol titration')),
        (L('neurologie', 'neurology'), L('suivi AVC, résultats du Holter', 'stroke follow-up, Holter results')),
        (L('psychiatrie', 'psychiatry'), L('suivi trouble bipolaire, lithémie à revoir', 'bipolar disorder follow-up, review lithium level')),
        (L('pneumologie', 'respirology'), L('MPOC sévère, évaluation pour oxygène à domicile', 'severe COPD, home oxygen assessment')),
        (L('néphrologie', 'nephrology'), L('insuffisance rénale stade 4, préparation à la dialyse', 'CKD stage 4, dialysis planning')),
    ])
    appt = ctx.when + datetime.timedelta(days=ctx.rng.randrange(3, 30))
    appt = appt.replace(hour=ctx.rng.randrange(8, 16), minute=pick(ctx.rng, [0, 15, 30, 45]))
    link = 'https://rdv.telesante-boreale.example/j/%d' % ctx.rng.randrange(10**8, 10**9)
    to_patient = ctx.chance(0.5)
    types = {'patient_name', 'diagnosis'}
    if to_patient:
        pe = '%s.%s%d@courriel.example' % (ascii_fn(p.given).lower(), ascii_fn(p.surname).lower(), ctx.rng.randrange(10, 99))
        to = [(p.full, pe)]
        paras = [
            L('Votre téléconsultation en %s avec Dr %s est confirmée le %s à %s.' % (spec, doc[1], fmt_date(ctx.rng, appt.date(), 'fr', 1), hhmm(ctx.rng, 'fr', appt.hour, appt.minute)),
              'Your %s teleconsultation with Dr. %s is confirmed for %s at %s.' % (spec, doc[1], fmt_date(ctx.rng, appt.date(), 'en', 1), appt.strftime('%I:%M %p'))),
            L('Motif inscrit : %s.' % reason, 'Reason on file: %s.' % reason),
            L('Lien de connexion : %s\nVeuillez avoir votre carte d\'assurance maladie et la liste de vos médicaments.' % link,
              'Join link: %s\nPlease have your health card and medication list ready.' % link),
        ]
        greeting = L('Bonjour %s,' % pname(ctx, p, 2), 'Dear %s,' % pname(ctx, p, 2))
    else:
        site = pick(ctx.rng, ['CLSC de Lac-Brûlé', 'Point de service Sainte-Odile', 'Nursing station Pointe-Boréale'])
        to = [(site, 'telesante@%s' % ORGS['ciss'][1])]
        tel = phone_fmt(ctx.rng)
        types.add('patient_contact')
        paras = [
            L('Merci de réserver la salle de télésanté pour %s (tél. %s) le %s à %s, consultation en %s avec Dr %s.' % (
                pname(ctx, p), tel, fmt_date(ctx.rng, appt.date(), 'fr'), hhmm(ctx.rng, 'fr', appt.hour, appt.minute), spec, doc[1]),
              'Please book the telehealth room for %s (phone %s) on %s at %s, %s consult with Dr. %s.' % (
                pname(ctx, p), tel, fmt_date(ctx.rng, appt.date(), 'en'), appt.strftime('%H:%M'), spec, doc[1])),
            L('Motif : %s. Une infirmière doit être présente pour les signes vitaux.' % reason,
              'Reason: %s. A nurse needs to be present for vitals.' % reason),
        ]
        greeting = greet(ctx)
    subj = pick(ctx.rng, [L('Confirmation de téléconsultation', 'Teleconsultation confirmation'),
                          L('Rendez-vous télésanté - %s' % spec, 'Telehealth appointment - %s' % spec),
                          L('Réservation salle télésanté', 'Telehealth room booking')])
    text = compose(ctx, greeting, paras, signature(ctx, me, L('Agente administrative, Télésanté', 'Telehealth booking clerk'), 'tele'))
    m = Mail(ctx.lang, subj, frm, to, text, types=types, note='telehealth appointment with reason for consultation')
    m.must = [p.surname]
    return m


# ------------------------------------------------------------------ 10. telehealth calendar invitation
def telehealth_ics(ctx):
    L = ctx.T
    use_nam = ctx.chance(0.5)
    p = ctx.pool.holder(ctx.rng, 20, 95, when=ctx.day) if use_nam else ctx.pool.invented(ctx.rng, 20, 90, when=ctx.day)
    me, frm = sender(ctx, 'tele')
    doc = staff(ctx.rng, exclude=[me])
    dx = pick(ctx.rng, [L('insuffisance cardiaque', 'heart failure'), L('plaie diabétique au pied', 'diabetic foot ulcer'),
                        L('suivi post-AVC', 'post-stroke follow-up'), L('épilepsie réfractaire', 'refractory epilepsy'),
                        L('hépatite C, début sofosbuvir-velpatasvir', 'hepatitis C, starting sofosbuvir-velpatasvir')])
    start = (ctx.when + datetime.timedelta(days=ctx.rng.randrange(2, 21))).replace(hour=ctx.rng.randrange(8, 16), minute=0, second=0, tzinfo=None)
    end = start + datetime.timedelta(minutes=30)
    types = {'patient_name', 'diagnosis'}
    summ = L('Téléconsult %s – %s', 'Teleconsult %s – %s') % (pname(ctx, p, pick(ctx.rng, [1, 3, 5])), dx)
    desc = L('Patient : %s\nMotif : %s\nMédecin : Dr %s %s\nSalle virtuelle : https://rdv.telesante-boreale.example/j/%d',
             'Patient: %s\nReason: %s\nPhysician: Dr. %s %s\nVirtual room: https://rdv.telesante-boreale.example/j/%d') % (
        p.full, dx, doc[0], doc[1], ctx.rng.randrange(10**8, 10**9))
    if use_nam:
        desc += L('\nNAM : %s\n%s : %s', '\nRAMQ: %s\n%s: %s') % (nam_str(ctx, p), L('DDN', 'DOB'), p.dob.strftime('%Y-%m-%d'))
        types |= {'ramq_nam', 'date_of_birth'}
    ics = make_ics('%s-%d@telesante-boreale.example' % (ctx.idx, ctx.rng.randrange(10**6)), summ, desc, start, end,
                   L('Salle télésanté 2, CLSC Lac-Brûlé', 'Telehealth room 2, Lac-Brûlé CLSC'),
                   ('%s %s' % me, frm[1]), [('Dr %s %s' % doc, '%s@%s' % (ascii_fn(doc[1]).lower(), ORGS['chul'][1]))])
    text = compose(ctx, greet(ctx), [L('Invitation ci-jointe pour la téléconsultation.', 'Calendar invitation attached for the teleconsult.')],
                   signature(ctx, me, L('Coordonnatrice télésanté', 'Telehealth coordinator'), 'tele', short=True))
    fn = pick(ctx.rng, ['invite.ics', 'rendez-vous.ics', 'meeting.ics', 'teleconsult.ics'])
    m = Mail(ctx.lang, L('Invitation : téléconsultation', 'Invitation: teleconsultation'), frm,
             [('Dr %s %s' % doc, '%s@%s' % (ascii_fn(doc[1]).lower(), ORGS['chul'][1]))], text,
             atts=[Att(fn, 'text/calendar', text=ics, charset='utf-8')], types=types,
             note='calendar invitation naming the patient and reason')
    m.must = [p.surname]
    return m
