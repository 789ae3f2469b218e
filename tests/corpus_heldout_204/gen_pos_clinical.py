"""Positive templates, part 1: referrals, consults, sign-out lists, febrile
neutropenia, transfusions, lab and imaging follow-ups, discharge, quick notes,
bookings."""
import datetime

import gen_attach as A
from gen_common import (Att, Mail, STAFF, EXTERNAL, fdate, fmt_mrn, nm, age_on, tt, dx_name, drug, DX, ONCO,
                        MRN_STYLES, fmt_nam, NAM_STYLES)
from gen_text import (hello, thanks, sign, quote, earlier, cbc, demo_line, nam_kv, age_str, he, kid, parent_word,
                      dxs, dec, register_nam, sexstr, fwd_header)

S = STAFF
E = EXTERNAL


def _ppl(c, *keys):
    return [S[k] if k in S else E[k] for k in keys]


# ---------------------------------------------------------------- 1 referral
def referral(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(dx=c.choice(['ball', 'tall', 'aml']), holder=h)
    ref = E['bastarache'] if fr and c.chance(0.6) else (E['comtois'] if fr else E['harrington'])
    dest = c.choice([S['roussel'], S['belhadj'], S['garneau']])
    m = Mail('referral', c.lang, tt(c.lang, 'référence urgente, leucémie suspectée', 'urgent referral, suspected leukaemia'),
             ref, [dest], '')
    lab, d = cbc(c, 'leuk')
    blasts = c.randint(34, 92)
    ldh = c.randint(480, 2400)
    demo = demo_line(c, m, ch)
    name = nm(ch, c.choice(['full', 'full', 'upper']))
    if fr:
        m.subject = c.choice(['Référence urgente — suspicion de leucémie', 'Réf. hémato-onco : pancytopénie, %s' % age_str(c, ch),
                              'Demande de transfert — %s' % nm(ch, 'upper')])
        sx = c.choice(['fatigue, pâleur et pétéchies depuis %d jours' % c.randint(6, 21),
                       'douleurs osseuses aux jambes (boite depuis 3 jours), fièvre intermittente et ecchymoses',
                       'épistaxis récidivantes, pâleur, perte d\'appétit, sudation nocturne'])
        m.text = '\n\n'.join([
            hello(c, '%s %s' % (dest.title, dest.surname) if dest.title in ('Dr', 'Dre') else dest.given),
            'Je vous réfère %s, %s, vu%s ce matin à notre urgence pour %s.' % (name, age_str(c, ch), 'e' if ch.sex == 'F' else '', sx),
            '%s. Frottis : %d %% de blastes. LDH %d, acide urique %d, K 4,1, créat 38.' % (lab, blasts, ldh, c.randint(300, 620)),
            'Examen : hépatosplénomégalie (rate à %d cm sous le rebord), adénopathies cervicales bilatérales. RX poumons : %s.' %
            (c.randint(2, 6), c.choice(['pas de masse médiastinale', 'élargissement médiastinal, à préciser'])),
            'Impression : leucémie aiguë probable (%s?). Hyperhydratation débutée à 3 L/m²/j, allopurinol 100 mg/m² PO TID donné à %dh.' %
            (dx_name(ch.dx, 'fr', True), c.randint(9, 13)),
            demo,
            'La %s est au courant et accompagne l\'enfant. Merci de me confirmer le lit et l\'heure du transfert (ambulance disponible dès 14h).' %
            tt('fr', 'mère' if ch.parent_rel == 'mère' else 'famille', ''),
            thanks(c) + '\n\n' + sign(c, ref)])
    else:
        m.subject = c.choice(['Urgent referral - ?leukaemia', 'Referral to heme-onc: pancytopenia, %s %s' % (age_str(c, ch), kid(c, ch)),
                              'Transfer request: %s' % nm(ch, 'upper')])
        sx = c.choice(['two weeks of fatigue, pallor and petechiae', 'leg pain with a new limp, intermittent fevers and easy bruising',
                       'recurrent nosebleeds, pallor, poor appetite and night sweats'])
        m.text = '\n\n'.join([
            hello(c, '%s %s' % (dest.title, dest.surname) if dest.title.startswith('Dr') else dest.given),
            'I would like to refer %s, a %s %s I saw in the office this morning with %s.' % (name, age_str(c, ch), kid(c, ch), sx),
            '%s. Smear reported %d%% blasts. LDH %d, uric acid %d, K 4.3, creat 41.' % (lab, blasts, ldh, c.randint(300, 620)),
            'On exam: hepatosplenomegaly (spleen %d cm below costal margin), shotty bilateral cervical nodes. CXR %s.' %
            (c.randint(2, 6), c.choice(['clear, no mediastinal mass', 'shows a widened mediastinum'])),
            'Impression: probable acute leukaemia (%s?). I started IV fluids at 3 L/m2/day and gave allopurinol.' % dx_name(ch.dx, 'en', True),
            demo,
            'The family is aware and can drive in this afternoon, or we can arrange transport. Please let me know where to send them.',
            thanks(c) + '\n\n' + sign(c, ref)])
    m.add('diagnosis', 'lab_result', 'medication')
    if c.chance(0.4):
        fn = tt(c.lang, 'FSC_frottis_%s.pdf' % ch.surname.replace("'", ''), 'CBC_smear_%s.pdf' % ch.surname.replace("'", ''))
        blocks = [('kv', [(tt(c.lang, 'Patient :', 'Patient:'), nm(ch, 'upper')),
                          (tt(c.lang, 'Date de naissance :', 'DOB:'), fdate(ch.dob, c.lang, 0))]),
                  ('table', [[tt(c.lang, 'Analyse', 'Test'), tt(c.lang, 'Résultat', 'Result'), tt(c.lang, 'Valeurs réf.', 'Ref.')],
                             ['Hb', '%d g/L' % d['hb'], '110-140'], [tt(c.lang, 'Plaquettes', 'Platelets'), str(d['plt']), '150-400'],
                             [tt(c.lang, 'GB', 'WBC'), dec(d['wbc'], c.lang), '5,0-13,0'], [tt(c.lang, 'Blastes', 'Blasts'), '%d %%' % blasts, '0']])]
        m.atts.append(Att(fn, 'application/pdf', A.pdf(tt(c.lang, 'Rapport de laboratoire', 'Laboratory report'), blocks,
                                                        author=ref.name, header=ref.role_fr if fr else ref.role_en,
                                                        compress=c.chance(0.5)), 'pdf'))
    return m


# ---------------------------------------------------------------- 2 consult (reply with quote)
def consult(c, h=None):
    fr = c.lang == 'fr'
    scen = c.choice(['itp', 'iron', 'neutro'])
    ch = c.child(dx='itp' if scen == 'itp' else 'saa', holder=h, max_age=14)
    hem = S['lam'] if fr else S['fitz']
    ref = E['comtois'] if fr else E['harrington']
    m = Mail('consult', c.lang, tt(c.lang, 'réponse de consultation en hématologie', 'haematology consult reply'), hem, [ref], '')
    m.cc = [S['garneau'] if fr else S['kaur']]
    name = nm(ch, c.choice(['full', 'given', 'full']))
    fullname = nm(ch, 'full')
    t0 = earlier(c, 20, 90)
    if scen == 'itp':
        lab, _ = cbc(c, 'itp')
        q = tt(c.lang, 'Bonjour, pourrais-tu voir rapidement %s, %s? Pétéchies diffuses depuis hier, plaquettes à %d ce matin. Pas de saignement actif. Merci!' %
               (fullname, age_str(c, ch), c.randint(3, 12)),
               'Hi, could you see %s (%s) soon? Diffuse petechiae since yesterday, platelets %d this morning, no active bleeding. Thanks!' %
               (fullname, age_str(c, ch), c.randint(3, 12)))
        body = tt(c.lang,
                  'Merci pour la référence. J\'ai vu %s ce matin avec sa %s. Tableau compatible avec un PTI aigu post-viral (IVRS il y a 3 semaines). %s, frottis sans blastes ni schistocytes. Score de saignement 2 (peau seulement).\n\nNous avons discuté observation vs IgIV 1 g/kg; la famille préfère l\'observation. Éviter AINS et sports de contact. FSC de contrôle à notre clinique de jour dans 7 jours. Si saignement muqueux : urgence.' %
                  (name, parent_word(c, ch), lab),
                  'Thanks for the referral. I saw %s this morning with %s %s. Picture is consistent with acute post-viral ITP (URTI 3 weeks ago). %s, smear without blasts or schistocytes. Bleeding score 2 (skin only).\n\nWe discussed observation vs IVIG 1 g/kg; family prefers observation. No NSAIDs, no contact sports. Repeat CBC in our day hospital in 7 days; ED if mucosal bleeding.' %
                  (name, 'his' if ch.sex == 'M' else 'her', parent_word(c, ch), lab))
        m.subject = tt(c.lang, 'RE: %s — PTI?' % fullname, 'RE: %s - ?ITP' % fullname)
        m.add('medication')
    elif scen == 'iron':
        hb = c.randint(58, 84)
        fer = c.randint(2, 6)
        q = tt(c.lang, 'Salut, %s, %s, Hb %d, VGM 58, grosse consommation de lait de vache. Peux-tu la/le voir?' % (fullname, age_str(c, ch), hb),
               'Hi, %s, %s, Hb %d, MCV 58, drinking over a litre of milk a day. Can you see them?' % (fullname, age_str(c, ch), hb))
        body = tt(c.lang,
                  'Vu en clinique. Anémie ferriprive sévère : Hb %d g/L, VGM 57, ferritine %d µg/L, réticulocytes bas. Pas d\'indication de transfusion (hémodynamie stable).\n\nPlan : fer élémentaire 6 mg/kg/j (Palafer) en une dose, limiter le lait à 500 mL/j, contrôle Hb + réticulocytes dans 4 semaines. Si non-réponse, on discutera du fer IV (Venofer).' % (hb, fer),
                  'Seen in clinic. Severe iron-deficiency anaemia: Hb %d g/L, MCV 57, ferritin %d ug/L, low retics. No need for transfusion, haemodynamically stable.\n\nPlan: elemental iron 6 mg/kg/day (Palafer) once daily, cap milk at 500 mL/day, repeat Hb and retics in 4 weeks. If no response we will consider IV iron sucrose.' % (hb, fer))
        m.subject = tt(c.lang, 'RE: consultation hémato — %s' % nm(ch, 'upper'), 'RE: heme consult - %s' % nm(ch, 'upper'))
        m.add('medication')
    else:
        anc = c.randint(2, 7) / 10
        q = tt(c.lang, 'Bonjour, %s, %s : neutropénie isolée à %s sur 2 FSC, pas d\'infections sévères. À voir?' % (fullname, age_str(c, ch), dec(anc, 'fr')),
               'Hello, %s, %s: isolated neutropenia %s on two CBCs, no serious infections. Worth seeing?' % (fullname, age_str(c, ch), anc))
        body = tt(c.lang,
                  'J\'ai revu %s. NAN %s, reste de la FSC normal, anticorps anti-neutrophiles positifs : neutropénie auto-immune de l\'enfance, évolution généralement favorable. Pas de G-CSF. Fièvre > 38,5 : consulter pour évaluation. Contrôle aux 3 mois.' % (name, dec(anc, 'fr')),
                  'I saw %s again. ANC %s, otherwise normal CBC, anti-neutrophil antibodies positive: autoimmune neutropenia of infancy, usually self-limited. No G-CSF. Fever over 38.5: to be assessed. CBC every 3 months.' % (name, anc))
        m.subject = tt(c.lang, 'RE: neutropénie — %s' % fullname, 'RE: neutropenia - %s' % fullname)
    m.add('patient_name', 'diagnosis', 'lab_result')
    demo = ''
    if h is not None or c.chance(0.4):
        demo = '\n\n' + demo_line(c, m, ch, mrn=True)
    m.text = '%s\n\n%s%s\n\n%s\n\n%s' % (hello(c, '%s %s' % (ref.title, ref.surname)), body, demo, sign(c, hem),
                                        quote(c, ref, t0, q, subject=m.subject[4:]))
    m.extra.append(('In-Reply-To', '<%d.consult@%s>' % (c.idx * 7 + 3, ref.domain)))
    return m


# ---------------------------------------------------------------- 3 sign-out list
def _roster(c, n):
    kids = [c.child() for _ in range(n)]
    n = len(kids)
    rows = []
    rooms = c.rng.sample(range(1, 25), n)
    for k, rn in zip(kids, rooms):
        room = '7%02d' % rn
        if k.dx in ('ball', 'tall', 'aml'):
            issue = c.choice(tt(c.lang, [
                'J%d induction, afébrile, plaq %d — transfuser si < 10' % (c.randint(4, 28), c.randint(8, 40)),
                'NF J%d, pip-tazo, hémoc. négatives à 48 h' % c.randint(1, 4),
                'HD-MTX cycle %d, taux MTX 42 h à suivre' % c.randint(1, 4), 'hypertension sur dexa, amlodipine débutée',
                'mucite gr. 3, PCA morphine, NPO', 'CLABSI S. epidermidis, vanco J%d' % c.randint(2, 10)],
                ['D%d induction, afebrile, plt %d - transfuse if < 10' % (c.randint(4, 28), c.randint(8, 40)),
                 'FN day %d, pip-tazo, BCx neg at 48 h' % c.randint(1, 4), 'HD-MTX cycle %d, follow 42 h MTX level' % c.randint(1, 4),
                 'steroid HTN on dex, amlodipine started', 'gr 3 mucositis, morphine PCA, NPO', 'CLABSI CoNS, vanco day %d' % c.randint(2, 10)]))
        elif k.dx in ONCO:
            issue = c.choice(tt(c.lang, [
                'C%d, NF J%d, céfépime, afébrile depuis 24 h' % (c.randint(1, 6), c.randint(1, 4)),
                'post-op port-a-cath, morphine PRN, douleur OK', 'vomissements post-cisplatine, ondansétron + aprépitant',
                'hyponatrémie 129 post-cyclophosphamide, restriction hydrique', 'plaq %d, transfuser si < 20 (LP demain)' % c.randint(12, 30)],
                ['C%d, FN day %d, cefepime, afebrile 24 h' % (c.randint(1, 6), c.randint(1, 4)),
                 'post-op port, morphine PRN, pain controlled', 'CINV post cisplatin, ondansetron + aprepitant',
                 'Na 129 after cyclophosphamide, fluid restriction', 'plt %d, transfuse if < 20 (LP tomorrow)' % c.randint(12, 30)]))
        else:
            issue = {'scd': tt(c.lang, c.choice(['crise vaso-occlusive, PCA morphine, SpO2 96 %', 'transfusion d\'échange prévue demain']),
                               c.choice(['VOC, morphine PCA, sats 96%', 'exchange transfusion tomorrow'])),
                     'itp': tt(c.lang, 'plaq %d, IgIV reçue, épistaxis résolue' % c.randint(3, 20), 'plt %d, IVIG given, epistaxis settled' % c.randint(3, 20)),
                     'hemoA': tt(c.lang, 'hémarthrose genou D, FVIII BID', 'R knee haemarthrosis, FVIII BID'),
                     'thal': tt(c.lang, 'transfusion mensuelle, ferritine %d, déférasirox' % c.randint(900, 3000), 'monthly transfusion, ferritin %d, deferasirox' % c.randint(900, 3000)),
                     'saa': tt(c.lang, 'ATG J%d, cyclosporine, plaq %d' % (c.randint(1, 4), c.randint(5, 20)), 'ATG day %d, ciclosporin, plt %d' % (c.randint(1, 4), c.randint(5, 20)))}[k.dx]
        rows.append((room, k, issue))
    return rows


def signout(c, h=None):
    fr = c.lang == 'fr'
    frm = c.choice([S['corriveau'], S['whitfield'], S['beaudry']])
    to = [S['whitfield'] if frm is not S['whitfield'] else S['corriveau'], S['roussel'] if fr else S['kessler']]
    m = Mail('signout', c.lang, tt(c.lang, 'liste de garde / passation', 'on-call sign-out list'), frm, to, '')
    n = c.randint(4, 8)
    rows = _roster(c, n)
    d = c.today
    style = c.choice(['text', 'text', 'html', 'csv', 'xlsx'])
    head = [tt(c.lang, 'Ch.', 'Rm'), tt(c.lang, 'Patient', 'Patient'), tt(c.lang, 'Âge', 'Age'), 'Dx',
            tt(c.lang, 'À suivre', 'To do')]
    with_mrn = c.chance(0.5)
    if with_mrn:
        head.insert(2, tt(c.lang, 'Dossier', 'MRN'))
        m.add('mrn')
    ns = c.choice(['upper', 'full', 'surinit', 'upper'])
    table = [head]
    for room, k, issue in rows:
        r = [room, nm(k, ns), str(age_on(k.dob, d)), dx_name(k.dx, c.lang, True), issue]
        if with_mrn:
            r.insert(2, fmt_mrn(k.mrn, c.choice(['plain', 'space', 'h'])))
        table.append(r)
    m.add('patient_name', 'diagnosis', 'medication', 'lab_result')
    subj = tt(c.lang, c.choice(['Liste de garde 7e — %s' % fdate(d, 'fr', 2), 'Passation hémato-onco %s soir' % fdate(d, 'fr', 3),
                                'sign-out 7e']),
              c.choice(['Sign-out heme/onc %s' % fdate(d, 'en', 2), 'Overnight handover - 7th floor', 'signout list']))
    m.subject = subj
    intro = tt(c.lang, c.choice(['Voici la liste pour ce soir. Rien de très instable, mais surveillez le %s.' % rows[0][0],
                                 'Liste à jour ci-dessous. Admissions possibles de l\'urgence (NF).']),
               c.choice(['Here is tonight\'s list. Nothing too unstable, but keep an eye on %s.' % rows[0][0],
                         'Updated list below. Possible FN admission from ED.']))
    if style == 'text':
        lines = ['%s  %s  %s' % (r[0], ' | '.join(r[1:-1]), r[-1]) for r in table[1:]]
        m.text = '%s\n\n%s\n\n%s\n\n%s' % (hello(c), intro, '\n'.join(lines), sign(c, frm, True))
    elif style == 'html':
        import html as H
        trs = ''.join('<tr>%s</tr>' % ''.join(('<th>%s</th>' if i == 0 else '<td>%s</td>') % H.escape(x) for x in r)
                      for i, r in enumerate(table))
        m.html = ('<html><body style="font-family:Segoe UI,Arial;font-size:10pt"><p>%s</p><p>%s</p>'
                  '<table border="1" cellpadding="3" style="border-collapse:collapse">%s</table><p>%s</p></body></html>' %
                  (H.escape(hello(c)), H.escape(intro), trs, H.escape(frm.name)))
        m.text = None if c.chance(0.5) else '%s\n\n%s\n\n%s\n\n%s' % (
            hello(c), intro, '\n'.join('\t'.join(r) for r in table), frm.name)
    else:
        fname = tt(c.lang, 'liste_garde_%s' % d.isoformat(), 'signout_%s' % d.isoformat())
        if style == 'csv':
            m.atts.append(Att(fname + '.csv', 'text/csv', A.csv_text(table, c.choice([',', ';'])), 'csv',
                              charset=c.choice(['utf-8', 'windows-1252']), cte=c.choice(['quoted-printable', 'base64'])))
        else:
            m.atts.append(Att(fname + '.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                              A.xlsx([(tt(c.lang, 'Garde', 'Signout'), table)], frm.name, c.date), 'xlsx'))
        m.text = '%s\n\n%s\n\n%s' % (hello(c), intro + tt(c.lang, ' Liste en pièce jointe.', ' List attached.'), sign(c, frm, True))
    return m


# ---------------------------------------------------------------- 4 febrile neutropenia
def febrile_neutropenia(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(dx=c.choice(['ball', 'aml', 'nbl', 'ewing', 'medullo', 'tall']), holder=h)
    frm = c.choice([S['whitfield'], S['corriveau'], S['kaur'], S['beaudry']])
    to = [c.choice([S['belhadj'], S['roussel'], S['kessler']])]
    m = Mail('febrile_neutropenia', c.lang, tt(c.lang, 'neutropénie fébrile, admission', 'febrile neutropenia admission'),
             frm, to, '')
    lab, d = cbc(c, 'neutro')
    temp = tt(c.lang, dec(c.randint(383, 401) / 10, 'fr'), '%.1f' % (c.randint(383, 401) / 10))
    line = c.choice(tt(c.lang, ['port-a-cath', 'Hickman double lumière', 'PICC'], ['port', 'double-lumen Hickman', 'PICC']))
    abx = c.choice(['pip-tazo 80 mg/kg IV q6h', 'céfépime 50 mg/kg IV q8h', 'méropénem 20 mg/kg IV q8h'])
    if not fr:
        abx = abx.replace('céfépime', 'cefepime').replace('méropénem', 'meropenem')
    ns = c.choice(['full', 'upper', 'init', 'lower'])
    name = nm(ch, ns)
    dxs_ = dx_name(ch.dx, c.lang, True)
    if ch.dx in ('ball', 'tall'):
        phase = c.choice(tt(c.lang, ['induction J%d' % c.randint(8, 25), 'consolidation', 'intensification retardée', 'maintenance'],
                            ['induction day %d' % c.randint(8, 25), 'consolidation', 'delayed intensification', 'maintenance']))
    else:
        phase = tt(c.lang, 'cycle %d J%d' % (c.randint(1, 6), c.randint(7, 14)), 'cycle %d day %d' % (c.randint(1, 6), c.randint(7, 14)))
    arr_h, arr_m = c.randint(0, 22), c.randint(0, 59)
    ab_t = arr_h * 60 + arr_m + c.randint(25, 55)
    ab_h, ab_m = (ab_t // 60) % 24, ab_t % 60
    if fr:
        m.subject = c.choice(['NF à l\'urgence — %s' % name, 'Fièvre neutropénique, admission 7e', 'Admission cette nuit : %s (%s)' % (name, dxs_)])
        body = [hello(c),
                'Pour info, %s, %s, %s en %s, s\'est présenté%s à l\'urgence à %dh%02d avec T %s °C.' % (
                    name, age_str(c, ch), dxs_, phase, 'e' if ch.sex == 'F' else '', arr_h, arr_m, temp),
                '%s. CRP %d. Lactate %s. TA %d/%d, FC %d. %s accédé, hémocultures x2 (cathéter + périphérique) faites.' % (
                    lab, c.randint(8, 140), dec(c.randint(9, 24) / 10, 'fr'), c.randint(88, 112), c.randint(48, 70), c.randint(110, 160), line.capitalize()),
                'Débuté %s à %dh%02d (délai < 60 min respecté). %s' % (abx, ab_h, ab_m,
                                                                  c.choice(['Pas de foyer clinique.', 'Mucite gr. 2, douleur contrôlée avec acétaminophène.',
                                                                            'Toux légère, RX poumons demandée.'])),
                'Admis%s au 7e, lit %d. Parents au chevet.' % ('e' if ch.sex == 'F' else '', c.randint(1, 24)),
                sign(c, frm, True)]
    else:
        m.subject = c.choice(['FN in ED - %s' % name, 'Febrile neutropenia admission tonight', 'Admit: %s (%s), fever + ANC %s' % (name, dxs_, d['anc'])])
        body = [hello(c),
                'FYI %s, %s, %s in %s, came to ED at %02d:%02d with T %s C.' % (name, age_str(c, ch), dxs_, phase, arr_h, arr_m, temp),
                '%s. CRP %d. Lactate %.1f. BP %d/%d, HR %d. %s accessed, blood cultures x2 (line + peripheral) sent.' % (
                    lab, c.randint(8, 140), c.randint(9, 24) / 10, c.randint(88, 112), c.randint(48, 70), c.randint(110, 160), line.capitalize()),
                'Started %s at %02d:%02d (time-to-antibiotic under 60 min). %s' % (abx, ab_h, ab_m,
                                                                               c.choice(['No focus on exam.', 'Gr 2 mucositis, pain OK on acetaminophen.',
                                                                                         'Mild cough, CXR ordered.'])),
                'Admitted to 7th floor, bed %d. Parents at bedside.' % c.randint(1, 24),
                sign(c, frm, True)]
    m.add('patient_name', 'diagnosis', 'lab_result', 'medication')
    if h is not None or c.chance(0.4):
        body.insert(-1, demo_line(c, m, ch))
    m.text = '\n\n'.join(body)
    return m


# ---------------------------------------------------------------- 5 transfusion
def transfusion(c, h=None):
    fr = c.lang == 'fr'
    frm = c.choice([S['beaudry'], S['kaur'], S['corriveau']])
    to = [S['duchesne']]
    m = Mail('transfusion', c.lang, tt(c.lang, 'demande de transfusion à la banque de sang', 'transfusion request to blood bank'),
             frm, to, '')
    m.cc = [S['laliberte']] if c.chance(0.4) else []
    if c.chance(0.35) and h is None:
        # day-hospital transfusion plan as XLSX, several patients
        rows = [[tt(c.lang, 'Heure', 'Time'), tt(c.lang, 'Nom', 'Name'), tt(c.lang, 'Dossier', 'MRN'), 'Dx', 'Hb', tt(c.lang, 'Plaq', 'Plt'),
                 tt(c.lang, 'Produit', 'Product'), tt(c.lang, 'Volume', 'Volume'), tt(c.lang, 'Exigences', 'Requirements')]]
        for i in range(c.randint(4, 7)):
            k = c.child()
            hb, plt = c.randint(58, 79), c.randint(5, 35)
            prod = c.choice(tt(c.lang, ['CGR', 'Plaquettes', 'CGR + plaquettes'], ['PRBC', 'Platelets', 'PRBC + plt']))
            rows.append(['%02d:%02d' % (8 + i, c.choice([0, 30])), nm(k, 'upper'), k.mrn, dx_name(k.dx, c.lang, True), hb, plt, prod,
                         '%d mL' % int(k.weight * c.choice([10, 15])), tt(c.lang, 'irradié, CMV-séc.', 'irradiated, CMV-safe')])
        m.atts.append(Att(tt(c.lang, 'transfusions_CJ_%s.xlsx', 'day_hospital_transfusions_%s.xlsx') % c.today.isoformat(),
                          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                          A.xlsx([('Plan', rows)], frm.name, c.date), 'xlsx', fn_style=c.choice(['plain', 'rfc2231'])))
        m.subject = tt(c.lang, 'Transfusions clinique de jour — %s' % fdate(c.ddays(1), 'fr', 3),
                       'Day hospital transfusions - %s' % fdate(c.ddays(1), 'en', 3))
        m.text = '\n\n'.join([hello(c, S['duchesne'].given), tt(c.lang,
                              'Voici la liste des transfusions prévues demain à la clinique de jour. Tous nos patients oncologiques : produits irradiés et CMV-sécuritaires. Les échantillons pour épreuves de compatibilité partent ce soir.',
                              'Attached is tomorrow\'s day-hospital transfusion list. All onc patients need irradiated, CMV-safe products. Crossmatch samples going down tonight.'),
                              thanks(c) + '\n' + frm.name])
        m.add('patient_name', 'mrn', 'diagnosis', 'lab_result')
        return m
    ch = c.child(holder=h)
    lab, d = cbc(c, 'anemic')
    vol = int(ch.weight * c.choice([10, 15]))
    grp = c.choice(['O+', 'A+', 'B+', 'O-', 'A-', 'AB+'])
    premed = c.chance(0.4)
    if fr:
        m.subject = c.choice(['Demande CGR — %s' % nm(ch, 'upper'), 'Transfusion %s' % fdate(c.today, 'fr', 3), 'CGR irradiés pour %s' % nm(ch, 'full')])
        body = [hello(c, S['duchesne'].given),
                'Demande de culot globulaire pour %s (%s), %s.' % (nm(ch, 'full'), dx_name(ch.dx, 'fr'), age_str(c, ch)),
                '%s ce matin. Poids %s kg → %d mL sur 3 h. Groupe %s, RAI négative (prélevée hier).' % (lab, dec(ch.weight, 'fr'), vol, grp),
                'Exigences : irradié, CMV-sécuritaire%s.' % (', phénotypé Rh/Kell' if ch.dx in ('scd', 'thal') else ''),
                ('Prémédication : acétaminophène 15 mg/kg PO + diphenhydramine 1 mg/kg (réaction fébrile non hémolytique au dernier culot).' if premed else ''),
                demo_line(c, m, ch, mrn=True),
                thanks(c) + '\n' + frm.name]
    else:
        m.subject = c.choice(['PRBC request - %s' % nm(ch, 'upper'), 'Transfusion today', 'irradiated PRBC for %s' % nm(ch, 'full')])
        body = [hello(c, S['duchesne'].given),
                'Requesting PRBC for %s (%s), %s.' % (nm(ch, 'full'), dx_name(ch.dx, 'en'), age_str(c, ch)),
                '%s this AM. Weight %.1f kg -> %d mL over 3 h. Group %s, antibody screen negative (drawn yesterday).' % (lab, ch.weight, vol, grp),
                'Requirements: irradiated, CMV-safe%s.' % (', Rh/Kell matched' if ch.dx in ('scd', 'thal') else ''),
                ('Premed: acetaminophen 15 mg/kg PO + diphenhydramine 1 mg/kg (FNHTR with last unit).' if premed else ''),
                demo_line(c, m, ch, mrn=True),
                thanks(c) + '\n' + frm.name]
    if premed:
        m.add('medication')
    m.add('patient_name', 'diagnosis', 'lab_result')
    m.text = '\n\n'.join(b for b in body if b)
    return m


# ---------------------------------------------------------------- 6 lab follow-up
def lab_followup(c, h=None):
    fr = c.lang == 'fr'
    scen = c.choice(['mrd', 'tpmt', 'hla', 'mtx'])
    ch = c.child(dx='ball' if scen in ('mrd', 'tpmt', 'mtx') else c.choice(['aml', 'saa']), holder=h)
    frm = c.choice([S['roussel'], S['belhadj'], S['kessler']])
    to = [S['garneau'] if fr else S['kaur']]
    m = Mail('lab_followup', c.lang, tt(c.lang, 'suivi de résultat de laboratoire', 'lab result follow-up'), frm, to, '')
    mode = c.choice(['subj', 'body', 'fname', 'fname'] if h is None else ['subj', 'body'])
    subj_only = mode in ('subj', 'fname')
    nm_sub = nm(ch, c.choice(['upper', 'surinit', 'full']))
    ref = '' if subj_only else nm(ch, c.choice(['full', 'given', 'init']))
    if scen == 'mrd':
        v = c.choice(['< 0,01 %', '0,008 %', '0,12 %', '1,4 %'])
        pos = v in ('0,12 %', '1,4 %')
        m.subject = tt(c.lang, 'MRD J29 — %s' % nm_sub, 'Day 29 MRD - %s' % nm_sub)
        body = tt(c.lang,
                  'MRD de fin d\'induction reçue%s : %s par cytométrie en flux. %s' % (
                      ' pour ' + ref if ref else '', v, 'On passe en bras haut risque — je vais rencontrer les parents jeudi.' if pos else
                      'Reste risque standard, consolidation selon le protocole. Tu peux céduler la PL J8 de consolidation.'),
                  'End-of-induction MRD is back%s: %s by flow. %s' % (
                      ' for ' + ref if ref else '', v.replace(',', '.'), 'Moves to high-risk arm; I will meet the parents Thursday.' if pos else
                      'Stays standard risk, consolidation per protocol. You can book the consolidation day-8 LP.'))
        m.add('diagnosis', 'lab_result')
    elif scen == 'tpmt':
        m.subject = tt(c.lang, 'Génotype TPMT/NUDT15 — %s' % nm_sub, 'TPMT/NUDT15 genotype - %s' % nm_sub)
        body = tt(c.lang,
                  'Résultat du génotypage%s : TPMT *1/*1, NUDT15 *1/*3 (hétérozygote). On débute la 6-MP à 50 %% de la dose (37,5 mg/m²) pour la maintenance et on ajuste selon NAN. Peux-tu aviser la pharmacie communautaire?' % (' de ' + ref if ref else ''),
                  'Genotype%s: TPMT *1/*1, NUDT15 *1/*3 (heterozygous). We will start 6-MP at 50%% dose (37.5 mg/m2) for maintenance and titrate to ANC. Can you let the community pharmacy know?' % (' for ' + ref if ref else ''))
        m.add('diagnosis', 'lab_result', 'medication')
    elif scen == 'hla':
        m.subject = tt(c.lang, 'Typage HLA fratrie — %s' % nm_sub, 'Sibling HLA typing - %s' % nm_sub)
        body = tt(c.lang,
                  'Les typages HLA de la fratrie sont revenus%s : la sœur aînée est compatible 10/10, le frère 5/10. On présente au comité de greffe mardi pour une allogreffe en RC1.' % (' pour ' + ref if ref else ''),
                  'Sibling HLA typing is back%s: older sister is a 10/10 match, brother 5/10. We will present at transplant rounds Tuesday for allo-HSCT in CR1.' % (' for ' + ref if ref else ''))
        m.add('diagnosis', 'lab_result')
    else:
        lvl = c.choice(['0,42', '1,1', '2,6'])
        m.subject = tt(c.lang, 'Taux MTX 42 h — %s' % nm_sub, 'MTX level at 42 h - %s' % nm_sub)
        body = tt(c.lang,
                  'Taux de méthotrexate à 42 h%s : %s µmol/L, créatinine stable à 41. %s' % (
                      ' pour ' + ref if ref else '', lvl, 'Poursuivre leucovorine 15 mg/m² q6h jusqu\'à < 0,1.' if lvl != '2,6' else
                      'Élimination retardée : augmenter l\'hydratation à 200 mL/m²/h et leucovorine selon nomogramme, taux q6h.'),
                  'Methotrexate level at 42 h%s: %s umol/L, creatinine stable at 41. %s' % (
                      ' for ' + ref if ref else '', lvl.replace(',', '.'), 'Continue leucovorin 15 mg/m2 q6h until < 0.1.' if lvl != '2,6' else
                      'Delayed clearance: increase hydration to 200 mL/m2/h, leucovorin per nomogram, levels q6h.'))
        m.add('diagnosis', 'lab_result', 'medication')
    m.add('patient_name')
    m.subject += ' (%s)' % dx_name(ch.dx, c.lang, True)
    if mode == 'fname':
        test = m.subject.split(' — ')[0].split(' - ')[0]
        m.subject = tt(c.lang, 'Résultat reçu — %s', 'Result in - %s') % test
        fn = '%s_%s_%s.pdf' % (test.replace(' ', '_').replace('/', '-'), ch.surname.replace(' ', '').replace("'", ''), ch.given)
        m.atts.append(Att(fn, 'application/pdf', A.pdf(test, [body, ('kv', [(tt(c.lang, 'Diagnostic :', 'Diagnosis:'), dx_name(ch.dx, c.lang)),
                                                                           (tt(c.lang, 'Validé par :', 'Validated by:'), frm.name)])],
                                                       author=frm.name, compress=c.chance(0.5)), 'pdf', fn_style=c.choice(['plain', 'rfc2231', 'rfc2047'])))
        body = tt(c.lang, 'Résultat ci-joint, pour ton suivi avec la famille.', 'Result attached for your follow-up with the family.')
    parts = [hello(c, to[0].given), body]
    if h is not None:
        parts.append(demo_line(c, m, ch))
    parts.append(sign(c, frm, True))
    m.text = '\n\n'.join(parts)
    return m


# ---------------------------------------------------------------- 7 imaging / cardio
def imaging(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(dx=c.choice(['hodgkin', 'ewing', 'osteo', 'aml', 'medullo', 'wilms', 'nbl']), holder=h)
    frm = c.choice([S['corriveau'], S['whitfield'], S['asselin'], S['vaill']])
    to = [c.choice([S['roussel'], S['belhadj']])]
    m = Mail('imaging', c.lang, tt(c.lang, 'résultat d\'imagerie', 'imaging result'), frm, to, '')
    name = nm(ch, c.choice(['full', 'upper', 'init']))
    if ch.dx in ('hodgkin', 'ewing', 'osteo', 'aml'):
        fe = c.randint(48, 66)
        ok = fe >= 55
        m.subject = tt(c.lang, 'Écho cardiaque pré-anthracycline — %s' % name, 'Pre-anthracycline echo - %s' % name)
        body = tt(c.lang,
                  'Écho de %s faite ce matin : FE %d %%, FR %d %%. %s Dose cumulative de doxorubicine à date : %d mg/m².' % (
                      name, fe, fe // 2 + 3, 'Normale, OK pour le cycle prévu lundi.' if ok else
                      'Baisse de > 10 points vs l\'écho de base — à discuter avec cardio avant la prochaine dose; dexrazoxane?', c.choice([150, 225, 300])),
                  'Echo on %s this morning: EF %d%%, SF %d%%. %s Cumulative doxorubicin so far: %d mg/m2.' % (
                      name, fe, fe // 2 + 3, 'Normal, OK for Monday\'s cycle.' if ok else
                      'Drop of >10 points from baseline - discuss with cardiology before next dose; dexrazoxane?', c.choice([150, 225, 300])))
        m.add('medication')
    else:
        res = c.choice(tt(c.lang, ['pas de maladie résiduelle mesurable', 'diminution de 70 % de la masse primaire'],
                          ['no measurable residual disease', '70% reduction of the primary mass']))
        if ch.dx == 'medullo' and c.chance(0.4):
            res = tt(c.lang, 'rehaussement leptoméningé nouveau au niveau de la queue de cheval', 'new leptomeningeal enhancement at the cauda equina')
        exam = {'medullo': tt(c.lang, 'IRM cérébrale + moelle', 'MRI brain and spine'), 'nbl': tt(c.lang, 'scintigraphie MIBG', 'MIBG scan'),
                'wilms': tt(c.lang, 'TDM thoraco-abdo', 'CT chest/abdo')}[ch.dx]
        m.subject = tt(c.lang, '%s %s' % (exam, nm(ch, 'upper')), '%s %s' % (exam, nm(ch, 'upper')))
        body = tt(c.lang, 'Rapport préliminaire — %s de %s (%s) : %s. Rapport final attendu demain.' % (exam, name, dx_name(ch.dx, 'fr'), res),
                  'Preliminary read on %s for %s (%s): %s. Final report tomorrow.' % (exam, name, dx_name(ch.dx, 'en'), res))
    m.add('patient_name', 'diagnosis', 'lab_result')
    parts = [hello(c), body]
    if h is not None or c.chance(0.5):
        parts.append(demo_line(c, m, ch, mrn=True))
    parts.append(sign(c, frm, True))
    m.text = '\n\n'.join(parts)
    return m


# ---------------------------------------------------------------- 8 discharge summary
def discharge(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(holder=h)
    frm = c.choice([S['corriveau'], S['whitfield']])
    dest = E['comtois'] if fr else E['harrington']
    m = Mail('discharge', c.lang, tt(c.lang, 'résumé de départ transmis au pédiatre', 'discharge summary to paediatrician'), frm, [dest], '')
    adm = c.ddays(-c.randint(4, 16))
    dis = c.ddays(-c.randint(0, 2))
    lab, _ = cbc(c, 'ok')
    d = ch.dx
    meds = [tt(c.lang, 'TMP-SMX 5 mg/kg/j BID sam-dim', 'TMP-SMX 5 mg/kg/day BID Sat-Sun'),
            tt(c.lang, 'ondansétron 0,15 mg/kg PO q8h PRN', 'ondansetron 0.15 mg/kg PO q8h PRN')]
    if d == 'ball':
        meds = [tt(c.lang, 'mercaptopurine 75 mg/m² PO HS', 'mercaptopurine 75 mg/m2 PO HS'),
                tt(c.lang, 'méthotrexate 20 mg/m² PO 1x/sem', 'methotrexate 20 mg/m2 PO weekly')] + meds
    elif d in ONCO:
        meds.append(tt(c.lang, 'filgrastim 5 mcg/kg SC die jusqu\'à NAN > 1,0', 'filgrastim 5 mcg/kg SC daily until ANC > 1.0'))
    else:
        meds = [drug(x, c.lang) for x in DX[d][4][:2]]
    kv = []
    if h is not None:
        kv = nam_kv(c, m, h, [(tt(c.lang, 'Dossier :', 'MRN:'), ch.mrn)])
    else:
        kv = [(tt(c.lang, 'Patient :', 'Patient:'), nm(ch, 'upper')), (tt(c.lang, 'Date de naissance :', 'Date of birth:'), fdate(ch.dob, c.lang, 0)),
              (tt(c.lang, 'Dossier :', 'MRN:'), ch.mrn)]
        m.add('patient_name', 'date_of_birth')
    kv += [(tt(c.lang, 'Admission :', 'Admitted:'), fdate(adm, c.lang, 0)), (tt(c.lang, 'Départ :', 'Discharged:'), fdate(dis, c.lang, 0))]
    reasons = tt(c.lang, ['neutropénie fébrile, hémocultures négatives', 'bactériémie à S. epidermidis sur cathéter'],
                 ['febrile neutropenia, cultures negative', 'CoNS line bacteraemia'])
    if d in ('ball', 'osteo'):
        reasons.append(tt(c.lang, 'mucite sévère post-HD-MTX', 'severe mucositis after HD-MTX'))
    if d not in ONCO:
        reasons = {'scd': tt(c.lang, ['crise vaso-occlusive', 'syndrome thoracique aigu'], ['vaso-occlusive crisis', 'acute chest syndrome']),
                   'itp': tt(c.lang, ['épistaxis avec plaquettes à 4'], ['epistaxis with platelets of 4']),
                   'hemoA': tt(c.lang, ['hémarthrose du genou'], ['knee haemarthrosis']),
                   'thal': tt(c.lang, ['fièvre post-transfusionnelle'], ['post-transfusion fever']),
                   'saa': tt(c.lang, ['neutropénie fébrile sous cyclosporine'], ['febrile neutropenia on ciclosporin'])}[d]
    reason = c.choice(reasons)
    blocks = [('kv', kv), ('h', tt(c.lang, 'Diagnostic principal', 'Principal diagnosis')), dx_name(d, c.lang),
              ('h', tt(c.lang, 'Motif d\'hospitalisation', 'Reason for admission')), reason,
              ('h', tt(c.lang, 'Évolution', 'Course')),
              tt(c.lang, 'Évolution favorable, congé avec la famille. Bilan de départ : %s.' % lab,
                 'Uneventful course, discharged home with family. Discharge bloods: %s.' % lab),
              ('h', tt(c.lang, 'Médicaments au départ', 'Discharge medications')), '; '.join(meds),
              ('h', tt(c.lang, 'Suivi', 'Follow-up')),
              tt(c.lang, 'Clinique de jour d\'hémato-oncologie le %s à 8 h 30 (FSC, chimio selon protocole).' % fdate(c.workday(3, 8), 'fr', 1),
                 'Heme-onc day hospital on %s at 8:30 (CBC, chemo per protocol).' % fdate(c.workday(3, 8), 'en', 1))]
    m.add('mrn', 'diagnosis', 'medication', 'lab_result')
    fn_name = c.chance(0.5)
    base = tt(c.lang, 'Resume_depart', 'Discharge_summary')
    fname = ('%s_%s_%s' % (base, ch.surname.upper().replace("'", ''), ch.given) if fn_name else '%s_%s' % (base, ch.mrn))
    if c.chance(0.5):
        m.atts.append(Att(fname + '.pdf', 'application/pdf', A.pdf(tt(c.lang, 'Résumé de départ', 'Discharge summary'), blocks,
                                                                     author=frm.name, header=(tt(c.lang, 'HÔPITAL DE L\'ENFANCE BORÉALE\nHémato-oncologie', 'BOREAL CHILDREN\'S HOSPITAL\nHaematology-Oncology')),
                                                                     compress=c.chance(0.6)), 'pdf', fn_style=c.choice(['plain', 'rfc2231'])))
    else:
        m.atts.append(Att(fname + '.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                          A.docx(tt(c.lang, 'Résumé de départ', 'Discharge summary'), blocks, frm.name, c.date), 'docx',
                          fn_style=c.choice(['plain', 'rfc2231', 'rfc2047'])))
    m.subject = tt(c.lang, c.choice(['Résumé de départ', 'Résumé de départ — patient commun', 'Congé 7e — résumé']),
                   c.choice(['Discharge summary', 'Discharge summary - shared patient', 'D/C summary attached']))
    m.text = '\n\n'.join([hello(c, '%s %s' % (dest.title, dest.surname)),
                          tt(c.lang, 'Veuillez trouver ci-joint le résumé de départ de votre patient%s, congédié%s le %s. N\'hésitez pas à nous joindre pour toute question.' %
                             ('e' if ch.sex == 'F' else '', 'e' if ch.sex == 'F' else '', fdate(dis, 'fr', 1)),
                             'Please find attached the discharge summary for your patient, discharged on %s. Do not hesitate to call us with any questions.' % fdate(dis, 'en', 1)),
                          sign(c, frm, False)])
    return m


# ---------------------------------------------------------------- 9 quick note
def quicknote(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(dx=c.choice(ONCO))
    frm = c.choice([S['beaudry'], S['kaur'], S['corriveau'], S['whitfield']])
    to = [S['corriveau']]
    m = Mail('quicknote', c.lang, tt(c.lang, 'note rapide entre collègues', 'quick note between colleagues'), frm, to, '')
    room = '%d%02d' % (c.choice([6, 7]), c.randint(1, 24))
    style = c.choice(['lower', 'given', 'init', 'surinit', 'lower'])
    name = nm(ch, style)
    subj_name = style == 'given' and c.chance(0.5)
    scen = c.choice(['muco', 'nausea', 'weight', 'anxious', 'steroid'])
    m.to = [{'muco': c.choice([S['cardinal'] if fr else S['okonkwo'], S['corriveau']]), 'nausea': S['ferland'] if fr else S['ng'],
             'weight': S['arsenault'], 'steroid': S['arsenault'], 'anxious': S['sauve'] if fr else S['albright']}[scen]]
    if m.to[0] is frm:
        m.to = [S['whitfield']]
    if fr:
        body = {
            'muco': 'peux-tu passer voir %s en %s quand tu auras 2 min? mucite gr. 3, refuse de boire, PCA morphine à 20 mcg/kg/h. la mère est épuisée.' % (name, room),
            'nausea': '%s (%s) vomit depuis 3h post-cisplatine malgré ondansétron + dexa, on a ajouté aprépitant. si tu peux repasser en fin de journée' % (name, room),
            'weight': 'fyi %s en %s a perdu 8 %% de son poids depuis le début du traitement (%s), albumine 29. serait-ce le temps de parler de gavage NG?' % (name, room, dx_name(ch.dx, 'fr', True)),
            'anxious': '%s (%s) est très anxieux/se avant la PL de demain, a pleuré toute la soirée. une préparation avec toi serait super. LLA, 3e PL.' % (name, room),
            'steroid': 'petite note : %s en %s, hyperglycémie sur dexaméthasone (gluc 14,2), on suit les glycémies QID. peux-tu ajuster la diète?' % (name, room),
        }[scen]
        m.subject = c.choice(['%s' % room, 'petite question', 'ch. %s' % room, 'FYI']) + ((' — ' + ch.surname) if subj_name else '')
    else:
        body = {
            'muco': 'can you pop by %s (rm %s) when you have a sec? gr 3 mucositis, not drinking, morphine PCA at 20 mcg/kg/h. mom is exhausted.' % (name, room),
            'nausea': '%s in %s has been vomiting since 3am post cisplatin despite ondansetron + dex, we added aprepitant. could you check back later today' % (name, room),
            'weight': 'fyi %s (%s) has lost 8%% body weight since start of treatment for %s, albumin 29. time to talk NG feeds?' % (name, room, dx_name(ch.dx, 'en', True)),
            'anxious': '%s (%s) is really anxious about tomorrow\'s LP, cried most of the evening. a prep session with you would be great. ALL, 3rd LP.' % (name, room),
            'steroid': 'quick note: %s in %s, hyperglycaemia on dexamethasone (glucose 14.2), doing QID sugars. could you adjust the diet?' % (name, room),
        }[scen]
        m.subject = c.choice([room, 'quick q', 'rm %s' % room, 'fyi']) + ((' - ' + ch.surname) if subj_name else '')
    m.add('patient_name', 'diagnosis')
    if scen in ('muco', 'nausea', 'steroid'):
        m.add('medication')
    if scen in ('weight', 'steroid'):
        m.add('lab_result')
    if scen == 'anxious':
        pass
    sig = frm.given if c.chance(0.6) else frm.name
    m.text = '%s\n\n%s' % (body, sig)
    m.hint = {'layout': c.choice(['plain', 'plain', 'html'])}
    return m


# ---------------------------------------------------------------- 10 booking with ICS
def booking(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(dx=c.choice(['ball', 'tall', 'medullo', 'ball']), holder=h)
    frm = c.choice([S['garneau'], S['kaur'], S['beaudry']])
    to = [S['berube']]
    m = Mail('booking', c.lang, tt(c.lang, 'demande de rendez-vous pour procédure', 'procedure booking request'), frm, to, '')
    day = c.workday(2, 14)
    hr = c.choice([7, 8, 9, 10, 13])
    proc = c.choice(tt(c.lang, ['PL + MTX intrathécal sous sédation', 'ponction de moelle + PL', 'retrait du port-a-cath (fin de traitement)',
                                'PL + triple IT (MTX/ARA-C/hydrocortisone)'],
                        ['LP + intrathecal MTX under sedation', 'bone marrow aspirate + LP', 'port removal (end of therapy)',
                         'LP + triple IT (MTX/Ara-C/hydrocortisone)']))
    ns = c.choice(['full', 'upper'])
    name = nm(ch, ns)
    mrn_s = fmt_mrn(ch.mrn, c.choice(MRN_STYLES[:5]))
    only_ics = c.chance(0.4)
    desc = tt(c.lang, '%s — dossier %s — %s. À jeun dès minuit. FSC + bilan hépatique à %dh%02d.' % (name, mrn_s, dx_name(ch.dx, 'fr', True), hr - 1, 30),
              '%s - MRN %s - %s. NPO after midnight. CBC + LFTs at %d:30.' % (name, mrn_s, dx_name(ch.dx, 'en', True), hr - 1))
    if h is not None:
        dob_s = fdate(h.dob, c.lang, 0)
        sx = sexstr(c, h.sex)
        desc += ' %s %s, %s, NAM %s' % (tt(c.lang, 'DDN', 'DOB'), dob_s, sx, fmt_nam(h.nam, c.choice(['plain', 'space'])))
        register_nam(m, h, dob_s, sx)
    start = A.ts(day, hr)
    ics = A.ics('proc-%d-%s@%s' % (c.idx, ch.mrn, 'agenda.' + frm.domain), start, start + datetime.timedelta(hours=1),
                '%s — %s' % (proc, name), tt(c.lang, 'Salle de procédures, 7e', 'Procedure room, 7th floor'), desc,
                (frm.name, frm.addr), [(S['berube'].name, S['berube'].addr)], stamp=c.date.replace(tzinfo=None))
    m.atts.append(Att(tt(c.lang, 'rendez-vous.ics', 'appointment.ics'), 'text/calendar', ics, 'ics',
                      charset='utf-8', cte=c.choice(['quoted-printable', 'base64', '8bit'])))
    if only_ics:
        m.subject = tt(c.lang, 'Demande de rendez-vous — procédure', 'Booking request - procedure')
        m.text = '\n\n'.join([hello(c, S['berube'].given), tt(c.lang, 'Pourrais-tu réserver la salle selon l\'invitation ci-jointe? L\'anesthésie est avisée.',
                                                              'Could you book the room as per the attached invite? Anaesthesia is aware.'), thanks(c) + '\n' + frm.given])
    else:
        m.subject = tt(c.lang, 'RDV %s — %s' % (fdate(day, 'fr', 2), nm(ch, 'upper')), 'Booking %s - %s' % (fdate(day, 'en', 2), nm(ch, 'upper')))
        m.text = '\n\n'.join([hello(c, S['berube'].given),
                              tt(c.lang, 'Peux-tu céduler %s (dossier %s) pour %s le %s à %dh? Sédation avec l\'anesthésie, à jeun dès minuit. Invitation ci-jointe.' %
                                 (name, mrn_s, proc, fdate(day, 'fr', 1), hr),
                                 'Can you book %s (MRN %s) for %s on %s at %d:00? Sedation with anaesthesia, NPO after midnight. Invite attached.' %
                                 (name, mrn_s, proc, fdate(day, 'en', 1), hr)),
                              thanks(c) + '\n' + frm.given])
    m.add('patient_name', 'mrn', 'diagnosis')
    if 'MTX' in proc:
        m.add('medication')
    return m


TEMPLATES = [
    # (function, number of messages, nam mode: 'child' = may take child/AYA holder, None = never)
    (referral, 4, 'child'), (consult, 4, 'child'), (signout, 4, None), (febrile_neutropenia, 5, 'child'),
    (transfusion, 4, 'child'), (lab_followup, 4, 'child'), (imaging, 3, 'child'), (discharge, 4, 'child'),
    (quicknote, 4, None), (booking, 4, 'child'),
]
