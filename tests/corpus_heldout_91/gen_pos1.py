"""Positive templates, part 1: referrals, consults, hand-overs, rosters, transport, labs, pharmacy."""
from gen_common import org, staff_member, phone, address, mrn, hour, hour_en, date_fr, date_en, PHARMA
from gen_pos_base import patient, name_as, nam_text, Types, finish, role, clsc_to, yesno, g
from gen_style import to_list, table_to_text
from gen_vocab import cap, sc_med, dx, sx, med, lab, soc, amm, niveau, meds, dxs


def p_referral(r, lang, ctx):
    p = patient(r, ctx, lang, 0.7)
    o = org(r)
    s = staff_member(r, role(r.choice([0, 1, 13])))
    cname, to = clsc_to(r, lang)
    t = Types('patient_name', 'diagnosis')
    fr = lang == 'fr'
    lines = []
    lines.append(('Nom : %s' if fr else 'Name: %s') % name_as(r, p, lang, r.choice(['full', 'rev', 'rev_upper'])))
    if yesno(r, 0.8):
        lines.append(('Date de naissance : %s' if fr else 'DOB: %s') % r.choice([p.dob, p.dob_fr()]))
        t.add('date_of_birth')
    if p.nam and yesno(r, 0.85):
        lines.append('NAM : %s' % nam_text(r, p) if fr else 'RAMQ: %s' % nam_text(r, p))
        t.add('ramq_nam')
    if yesno(r, 0.7):
        lines.append(('Adresse : %s' if fr else 'Address: %s') % address(r))
        lines.append(('Tél. domicile : %s' if fr else 'Home phone: %s') % phone(r))
        t.add('patient_contact')
    lines.append(('Diagnostic : %s' if fr else 'Diagnosis: %s') % dx(r, lang, p))
    lines.append(('Symptômes actuels : %s' if fr else 'Current symptoms: %s') % sx(r, lang))
    if yesno(r, 0.8):
        lines.append('Médication :' if fr else 'Medications:')
        lines += ['  - ' + m for m in meds(r, lang, r.randint(2, 4))]
        t.add('medication')
    if yesno(r, 0.6):
        lines.append(('Situation sociale : %s' if fr else 'Social: %s') % soc(r, lang, p))
        t.add('social_information')
    lines.append(('Niveau de soins : %s' if fr else 'Goals of care: %s') % niveau(r, lang))
    if fr:
        intro = r.choice(['Nous vous adressons la patiente suivante pour prise en charge par l\'équipe de soins palliatifs à domicile, congé prévu %s.',
                          'Demande de suivi SAD palliatif — congé de l\'unité prévu %s. Merci de communiquer avec la famille dès réception.',
                          'Voici une nouvelle référence pour votre équipe. Départ de l\'hôpital %s si le lit électrique est livré.'])
        intro = intro % r.choice(['demain', 'vendredi', 'lundi prochain', 'le %s' % date_fr(r, 3)])
        subj = r.choice(['Référence SAD soins palliatifs', 'Nouvelle référence – soins palliatifs à domicile',
                         'Référence SAD – %s' % name_as(r, p, lang, 'title_sur'), 'URGENT référence palliative'])
    else:
        intro = r.choice(['Please find below a referral to your palliative home-care team. Discharge is planned for %s.',
                          'New referral for home palliative follow-up, discharge %s. Family is aware and agrees.'])
        intro = intro % r.choice(['tomorrow', 'Friday', 'next Monday', date_en(r, 3)])
        subj = r.choice(['Palliative home care referral', 'Referral - palliative home team',
                         'Referral for %s' % name_as(r, p, lang, 'title_sur')])
    if 'title_sur' in subj or p.surname in subj:
        pass
    body = intro + '\n\n' + '\n'.join(lines)
    if yesno(r, 0.5):
        body += '\n\n' + (('Merci de rappeler au poste %d pour toute question.' % r.randint(2000, 7999)) if fr
                          else 'Call me at ext. %d with any questions.' % r.randint(2000, 7999))
    note = 'referral to home palliative team' + (' with NAM' if 'ramq_nam' in t.s else '')
    return finish(r, lang, 'referral', t, note, subj, body, o, s, to)


def p_consult(r, lang, ctx):
    p = patient(r, ctx, lang, 0.3)
    o = org(r)
    s = staff_member(r, role(1))
    onc = staff_member(r, role(1))
    to = [(onc.full, onc.email(o[1]))]
    t = Types('patient_name', 'diagnosis', 'medication')
    fr = lang == 'fr'
    chart = mrn(r)
    with_mrn = yesno(r, 0.7)
    if with_mrn:
        t.add('mrn')
    d = dx(r, lang, p)
    ms = meds(r, lang, 3)
    if fr:
        who = '%s%s' % (name_as(r, p, lang, r.choice(['title_full', 'title_sur', 'rev'])),
                        (' (dossier %s)' % chart) if with_mrn else '')
        body = ('Merci pour la demande de consultation concernant %s, %d ans, %s pour %s.\n\n'
                'Nous l\'avons %s ce matin avec sa %s. Principal problème : %s. '
                'ESAS douleur %d/10, fatigue %d/10.\n\n'
                'Recommandations :\n1) %s\n2) %s\n3) %s\n4) Discussion du niveau de soins à poursuivre ; '
                'la famille souhaite un retour à domicile si possible.\n\n'
                'Nous repasserons %s. N\'hésitez pas à nous téléavertir.'
                % (who, p.age(), g(p, 'connue', 'connu'), d, g(p, 'vue', 'vu'),
                   r.choice(['fille', 'conjointe', 'sœur', 'nièce']), sx(r, lang),
                   r.randint(5, 9), r.randint(4, 9), ms[0], ms[1], ms[2],
                   r.choice(['demain', 'jeudi', 'en fin de semaine'])))
        subj = r.choice(['Réponse de consultation – soins palliatifs',
                         'RE: Consultation palliative ch. %d' % r.randint(200, 799),
                         'Consultation SP – recommandations'])
    else:
        who = '%s%s' % (name_as(r, p, lang, r.choice(['title_full', 'title_sur', 'rev'])),
                        (' (MRN %s)' % chart) if with_mrn else '')
        body = ('Thank you for asking us to see %s, %d years old, known for %s.\n\n'
                'Seen this morning with the %s. Main issue: %s. ESAS pain %d/10.\n\n'
                'Recommendations:\n1) %s\n2) %s\n3) %s\n4) Continue goals-of-care discussion; '
                'patient wishes to die at home if feasible.\n\n'
                'We will follow up %s. Page us anytime.'
                % (who, p.age(), d, r.choice(['daughter', 'husband', 'son', 'partner']), sx(r, lang),
                   r.randint(5, 9), ms[0], ms[1], ms[2], r.choice(['tomorrow', 'Thursday', 'over the weekend'])))
        subj = r.choice(['Palliative care consult note', 'RE: consult request bed %d' % r.randint(200, 799),
                         'PCT consult - recommendations'])
    return finish(r, lang, 'consult_reply', t, 'palliative consult reply to attending', subj, body, o, s, to,
                  to_name=onc.short(lang))


def _roster_rows(r, ctx, lang, n, with_mrn):
    rows, pats = [], []
    for i in range(n):
        p = patient(r, ctx, lang, 0.15)
        pats.append(p)
        room = '%d-%s' % (r.randint(1, 14), r.choice('AB')) if r.random() < 0.5 else str(r.randint(301, 330))
        row = [room, name_as(r, p, lang, r.choice(['rev_upper', 'rev', 'sur_giv', 'full']))]
        if with_mrn:
            row.append(mrn(r))
        row += [dx(r, lang, p).split(',')[0].split('(')[0].strip(), r.choice([sx(r, lang), med(r, lang)])]
        rows.append(row)
    return rows, pats


def p_handover(r, lang, ctx):
    o = org(r)
    s = staff_member(r, role(r.choice([1, 4, 13])))
    to = to_list(r, r.randint(1, 3), o[1])
    with_mrn = yesno(r, 0.4)
    rows, _ = _roster_rows(r, ctx, lang, r.randint(4, 7), with_mrn)
    fr = lang == 'fr'
    t = Types('patient_name', 'diagnosis')
    if any(('mg' in row[-1]) for row in rows):
        t.add('medication')
    else:
        t.add('medication')
        rows[0][-1] = med(r, lang)
    if with_mrn:
        t.add('mrn')
    lines = []
    for row in rows:
        lines.append(' – '.join(row) if r.random() < 0.6 else ' / '.join(row))
    if fr:
        head = r.choice(['Liste de passation pour la garde de ce soir :', 'Sign-out USP — fin de semaine :',
                         'Voici les patients à surveiller cette nuit :'])
        tail = r.choice(['Famille au chevet pour le 2 et le 7. Appeler la Dre de garde si détresse.',
                         'Rien d\'autre à signaler. Bonne garde!',
                         'Pompe à revoir au lit 4, la tubulure a été changée à 18h.'])
        subj = r.choice(['Passation garde USP', 'sign-out', 'Liste de garde – soins palliatifs',
                         'Passation soir %s' % date_fr(r, 3)])
    else:
        head = r.choice(['Sign-out list for tonight:', 'Weekend handover, PCU:', 'Patients to watch overnight:'])
        tail = r.choice(['Family at bedside in 2 and 7. Page on-call MD for any crisis.', 'Nothing else. Good night!'])
        subj = r.choice(['PCU sign-out', 'handover', 'Weekend sign-out - palliative'])
    body = head + '\n\n' + '\n'.join(lines) + '\n\n' + tail
    return finish(r, lang, 'handover', t, 'sign-out list of several inpatients', subj, body, o, s, to,
                  greet=yesno(r, 0.4), transport=r.choice(['plain', 'alt']))


def p_roster_html(r, lang, ctx):
    o = org(r)
    s = staff_member(r, role(r.choice([4, 5])))
    to = to_list(r, 2, o[1])
    fr = lang == 'fr'
    rows, pats = _roster_rows(r, ctx, lang, r.randint(5, 9), yesno(r, 0.5))
    head = (['Ch.', 'Patient', 'Dossier', 'Dx', 'Note'] if len(rows[0]) == 5 else ['Ch.', 'Patient', 'Dx', 'Note']) if fr \
        else (['Room', 'Patient', 'MRN', 'Dx', 'Note'] if len(rows[0]) == 5 else ['Room', 'Patient', 'Dx', 'Note'])
    table = [head] + rows
    t = Types('patient_name', 'diagnosis', 'medication')
    rows[-1][-1] = med(r, lang)
    if len(rows[0]) == 5:
        t.add('mrn')
    tt = table_to_text(table, r)
    if fr:
        text = ('Bonjour,\n\nVoici le recensement de l\'unité de soins palliatifs en date de ce matin.\n\n%s\n\n'
                'Deux congés possibles cette semaine. Merci!\n\n%s' % (tt, s.full))
        subj = r.choice(['Recensement USP', 'Liste des patients – USP %s' % date_fr(r, 3), 'Census palliatif'])
    else:
        text = ('Hello,\n\nPalliative unit census as of this morning.\n\n%s\n\nTwo possible discharges this week.\n\n%s'
                % (tt, s.full))
        subj = r.choice(['PCU census', 'Palliative unit list %s' % date_en(r, 3)])
    from gen_style import text_to_html
    html_src = text_to_html(text.replace(tt, '').replace('\n\n\n\n', '\n\n'), r, table)
    return finish(r, lang, 'roster', t, 'unit census table in HTML', subj, '', o, s, to, raw_text=text,
                  html_body=html_src, transport=r.choice(['html', 'alt']))


def p_transport(r, lang, ctx):
    p = patient(r, ctx, lang, 0.5)
    o = org(r)
    s = staff_member(r, role(r.choice([5, 4, 2])))
    dom = r.choice(['transport-ambulancier.example', 'transports-adaptes-rs.example', 'dessercom-fict.example'])
    to = [('Répartition' if lang == 'fr' else 'Dispatch', 'reservation@%s' % dom)]
    t = Types('patient_name', 'patient_contact', 'diagnosis')
    fr = lang == 'fr'
    dob = ''
    if yesno(r, 0.6):
        dob = ((' (' + g(p, 'née', 'né') + ' le %s)') if fr else ' (DOB %s)') % p.dob
        t.add('date_of_birth')
    n = ''
    if p.nam and yesno(r, 0.5):
        n = ('\nNAM : %s' if fr else '\nRAMQ #: %s') % nam_text(r, p)
        t.add('ramq_nam')
    dest = address(r)
    when = date_fr(r, 3) if fr else date_en(r, 3)
    if fr:
        body = ('Demande de transport en civière pour %s%s.%s\n\n'
                'Départ : %s, unité %d\nDestination (domicile) : %s\nDate : %s, vers %s\n\n'
                'Particularités : %s ; O2 %d L/min par lunette ; pompe SC en place (%s). '
                'Transport de fin de vie — la famille attendra sur place, tél. %s.'
                % (name_as(r, p, lang, r.choice(['title_full', 'full', 'rev'])), dob, n, o[0], r.randint(2, 8), dest,
                   when, hour(r), dx(r, lang, p), r.randint(1, 4), sc_med(r, lang), phone(r)))
        subj = r.choice(['Demande de transport – retour à domicile fin de vie', 'Réservation civière',
                         'Transport ambulancier %s' % when])
    else:
        body = ('Requesting a stretcher transfer for %s%s.%s\n\nPickup: %s, unit %d\nDestination (home): %s\n'
                'Date: %s around %s\n\nNotes: %s; O2 %d L/min nasal prongs; SC pump in place (%s). '
                'End-of-life transfer home — family will be waiting, phone %s.'
                % (name_as(r, p, lang, r.choice(['title_full', 'full', 'rev'])), dob, n, o[0], r.randint(2, 8), dest,
                   when, hour_en(r), dx(r, lang, p), r.randint(1, 4), sc_med(r, lang), phone(r)))
        subj = r.choice(['Stretcher transport request - home for end of life', 'Transport booking'])
    t.add('medication')
    return finish(r, lang, 'transport_request', t, 'stretcher transport home with address and diagnosis', subj,
                  body, o, s, to)


def p_lab(r, lang, ctx):
    p = patient(r, ctx, lang, 0.35)
    o = org(r)
    s = staff_member(r, role(r.choice([0, 13, 1])))
    md = staff_member(r, role(1))
    to = [(md.full, md.email(o[1]))]
    t = Types('patient_name', 'lab_result')
    fr = lang == 'fr'
    l1, l2 = lab(r, lang), lab(r, lang)
    chart = ''
    if yesno(r, 0.4):
        chart = (' (dossier %s)' if fr else ' (chart %s)') % mrn(r)
        t.add('mrn')
    if fr:
        body = ('Les résultats de la prise de sang à domicile de %s%s sont sortis : %s et %s. '
                '%s depuis deux jours.\n\n'
                'Est-ce qu\'on %s ? La famille préfère éviter un transfert à l\'urgence.'
                % (name_as(r, p, lang), chart, l1, l2, g(p, 'Elle est plus confuse', 'Il est plus confus'),
                   r.choice(['débute le pamidronate 60 mg IV à domicile', 'cesse les prises de sang',
                             'ajuste la dose d\'hydromorphone', 'ajoute de la dexaméthasone'])))
        subj = r.choice(['Résultats labo', 'Labo à domicile – à voir', 'RE: prise de sang %s' % date_fr(r, 3),
                         'Résultats de %s' % name_as(r, p, lang, 'title_sur')])
    else:
        body = ('Home blood work for %s%s is back: %s and %s. More confused over the last two days.\n\n'
                'Do we %s? Family would rather avoid an ER transfer.'
                % (name_as(r, p, lang), chart, l1, l2,
                   r.choice(['start pamidronate 60 mg IV at home', 'stop blood work altogether',
                             'adjust the hydromorphone dose', 'add dexamethasone'])))
        subj = r.choice(['Lab results', 'Home labs - please review', 'Bloodwork for %s' % name_as(r, p, lang, 'title_sur')])
    if any(k in body for k in ('pamidronate', 'hydromorphone', 'dexam')):
        t.add('medication')
    return finish(r, lang, 'lab_followup', t, 'home lab results for a named patient', subj, body, o, s, to,
                  to_name=md.short(lang))


def p_pharmacy(r, lang, ctx):
    p = patient(r, ctx, lang, 0.6)
    o = org(r)
    ph = r.choice(PHARMA)
    fr = lang == 'fr'
    if yesno(r, 0.5):
        s = staff_member(r, role(3))
        to = [(ph, 'labo@pharmacie-%d.example' % r.randint(10, 99))]
        direction = 'to_pharmacy'
    else:
        s = staff_member(r, role(r.choice([0, 1, 13])))
        to = to_list(r, 1, o[1])
        direction = 'internal'
    t = Types('patient_name', 'medication')
    ids = []
    if p.nam and yesno(r, 0.6):
        ids.append(('NAM %s' if fr else 'RAMQ %s') % nam_text(r, p))
        t.add('ramq_nam')
    if yesno(r, 0.4):
        ids.append(('DDN %s' if fr else 'DOB %s') % p.dob)
        t.add('date_of_birth')
    block = yesno(r)
    idline = ('\n' + '\n'.join(ids)) if (ids and block) else ((' (%s)' % ', '.join(ids)) if ids else '')
    L = 0 if fr else 1
    rotation = [(('morphine 10 mg PO q4h', 'morphine 10 mg PO q4h'), ('hydromorphone 1 mg SC q4h', 'hydromorphone 1 mg SC q4h')),
                (('oxycodone 20 mg PO q4h', 'oxycodone 20 mg PO q4h'), ('méthadone 2,5 mg PO TID', 'methadone 2.5 mg PO TID')),
                (('fentanyl timbre 50 mcg/h', 'fentanyl patch 50 mcg/h'), ('perfusion SC d\'hydromorphone', 'continuous SC hydromorphone')),
                (('hydromorphone 4 mg PO q4h', 'hydromorphone 4 mg PO q4h'), ('hydromorphone 1,5 mg SC q4h', 'hydromorphone 1.5 mg SC q4h'))]
    refused = [(('méthylnaltrexone 12 mg SC', 'methylnaltrexone 12 mg SC'), ('sennosides + PEG 3350', 'sennosides + PEG 3350')),
               (('fentanyl timbre 25 mcg/h', 'fentanyl patch 25 mcg/h'), ('hydromorphone 2 mg PO q4h', 'hydromorphone 2 mg PO q4h')),
               (('octréotide 100 mcg SC q8h', 'octreotide 100 mcg SC q8h'), ('glycopyrrolate 0,4 mg SC q4h', 'glycopyrrolate 0.4 mg SC q4h')),
               (('nabilone 0,5 mg PO BID', 'nabilone 0.5 mg PO BID'), ('dexaméthasone 4 mg PO die', 'dexamethasone 4 mg PO daily'))]
    qtc = [(('méthadone 5 mg PO TID', 'methadone 5 mg PO TID'), ('halopéridol 1 mg SC q4h PRN', 'haloperidol 1 mg SC q4h PRN')),
           (('méthadone 2,5 mg PO BID', 'methadone 2.5 mg PO BID'), ('ondansétron 4 mg PO q8h', 'ondansetron 4 mg PO q8h')),
           (('méthotriméprazine 12,5 mg SC HS', 'methotrimeprazine 12.5 mg SC qHS'), ('méthadone 5 mg PO BID', 'methadone 5 mg PO BID'))]
    kind = r.choice(['rotation', 'refused', 'qtc'])
    a, b = r.choice({'rotation': rotation, 'refused': refused, 'qtc': qtc}[kind])
    m1, m2 = a[L], b[L]
    nm = name_as(r, p, lang)
    if fr:
        if kind == 'rotation':
            body = ('Question concernant %s :%s\n\n%s reçoit %s. Le médecin veut passer à %s (voie SC, dysphagie). '
                    'Pouvez-vous valider la conversion et préparer 10 seringues pré-remplies pour la livraison à domicile demain?'
                    % (nm, idline, g(p, 'La patiente', 'Le patient'), m1, m2))
        elif kind == 'refused':
            body = ('Pour %s%s — le renouvellement de %s a été refusé par l\'assurance (médicament d\'exception). '
                    'On peut envisager %s à la place ? La famille n\'a pas les moyens de payer la différence.'
                    % (nm, idline, m1, m2))
        else:
            body = ('Petite vérification pour %s.%s %s prend %s ET %s ; risque d\'allongement du QTc ? '
                    'ECG non fait, on est à domicile.' % (nm, idline, g(p, 'Elle', 'Il'), m1, m2))
        subj = r.choice(['Question pharmaceutique', 'Conversion opioïde' if kind == 'rotation' else 'Question – interaction',
                         'Renouvellement – soins palliatifs', 'Ordonnance SC à préparer' if kind == 'rotation' else 'Pharmacie'])
    else:
        if kind == 'rotation':
            body = ('Question about %s:%s\n\nCurrently on %s. Physician wants to switch to %s (dysphagia). '
                    'Could you confirm the conversion and prepare 10 prefilled syringes for home delivery tomorrow?'
                    % (nm, idline, m1, m2))
        elif kind == 'refused':
            body = ('For %s%s — the insurer refused %s (exception drug). Could we use %s instead? '
                    'Family cannot afford the difference.' % (nm, idline, m1, m2))
        else:
            body = ('Quick check for %s.%s On %s AND %s; any QTc concern? No ECG, patient is at home.'
                    % (nm, idline, m1, m2))
        subj = r.choice(['Pharmacy question', 'Opioid rotation' if kind == 'rotation' else 'Interaction question',
                         'Palliative Rx renewal', 'SC syringes needed' if kind == 'rotation' else 'Pharmacy'])
    if 'payer' in body or 'afford' in body:
        t.add('social_information')
    return finish(r, lang, 'pharmacy_question', t, 'pharmacy question (%s)' % direction, subj, body, o, s, to)
