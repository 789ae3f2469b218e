"""Positive templates, part 2: prescriptions, chemotherapy roadmaps, central
lines, home care, haemophilia deliveries, sickle-cell plans, forwarded
threads, attached messages, ZIP packets, research enrolment, palliative care,
fertility preservation."""
import datetime

import gen_attach as A
from gen_common import (Att, Mail, Person, STAFF, EXTERNAL, fdate, fmt_mrn, nm, age_on, tt, dx_name, drug, DX, ONCO,
                        STREETS, STREETS_EN, TOWNS, MRN_STYLES, fmt_nam, cap1)
from gen_text import (hello, thanks, sign, quote, earlier, cbc, demo_line, nam_kv, age_str, kid, parent_word, dec,
                      register_nam, sexstr, fwd_header, stamp_fr, stamp_en)

S = STAFF
E = EXTERNAL


def home_address(c, ch):
    town, prov, fsa = c.choice(TOWNS)
    street = c.choice(STREETS if c.lang == 'fr' or c.chance(0.5) else STREETS_EN)
    no = c.randint(12, 9800)
    app = (', app. %d' % c.randint(1, 12)) if c.chance(0.3) else ''
    pc = '%s %d%s%d' % (fsa, c.randint(1, 9), c.choice('ABCEGHJKLMNPRSTVXY'), c.randint(0, 9))
    return '%d, %s%s, %s (%s) %s' % (no, street, app, town, prov, pc), (('%d %s%s' % (no, street, app)), town, prov, pc)


def parent_phone(c):
    return '%s-555-01%02d' % (c.choice(['450', '514', '438', '819']), c.randint(0, 99))


# ---------------------------------------------------------------- 11 prescription to pharmacy
def pharmacy_rx(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(dx=c.choice(['ball', 'ball', 'scd', 'thal']), holder=h)
    frm = S['ferland'] if fr else S['ng']
    to = [E['vezina'] if fr else E['quinlan']]
    m = Mail('pharmacy_rx', c.lang, tt(c.lang, 'ordonnance transmise à la pharmacie communautaire', 'prescription sent to community pharmacy'),
             frm, to, '')
    bsa = ch.bsa
    if ch.dx == 'ball':
        mp = round(75 * bsa / 25) * 25
        mtx = round(20 * bsa / 2.5) * 2.5
        lines = tt(c.lang, [
            '- Mercaptopurine 50 mg co : %d mg PO au coucher, tous les jours (à jeun, éviter produits laitiers 1 h avant/après)' % mp,
            '- Méthotrexate 2,5 mg co : %s mg PO une fois par SEMAINE, le vendredi' % dec(mtx, 'fr'),
            ('- Sulfaméthoxazole-triméthoprime 200/40 mg/5 mL : %s mL PO BID samedi et dimanche' % dec(max(2.5, round(ch.weight * 0.3125 * 2) / 2), 'fr'))
            if ch.weight < 40 else '- Sulfaméthoxazole-triméthoprime DS 800/160 mg : 1 co PO BID samedi et dimanche',
            '- Ondansétron 4 mg ODT : 1 co q8h PRN nausées'],
            ['- Mercaptopurine 50 mg tab: %d mg PO at bedtime daily (empty stomach, no dairy 1 h before/after)' % mp,
             '- Methotrexate 2.5 mg tab: %s mg PO once WEEKLY on Fridays' % mtx,
             ('- Sulfamethoxazole-trimethoprim 200/40 mg/5 mL: %.1f mL PO BID Saturday and Sunday' % max(2.5, round(ch.weight * 0.3125 * 2) / 2))
             if ch.weight < 40 else '- Sulfamethoxazole-trimethoprim DS 800/160 mg: 1 tab PO BID Saturday and Sunday',
             '- Ondansetron 4 mg ODT: 1 tab q8h PRN nausea'])
        ctx = tt(c.lang, 'maintenance de LLA-B', 'B-ALL maintenance')
    elif ch.dx == 'scd':
        hu = int(round(ch.weight * 25 / 100.0) * 100) or 100
        lines = tt(c.lang, ['- Hydroxyurée 100 mg/mL suspension (magistrale) : %d mg PO die (25 mg/kg)' % hu,
                            '- Acide folique 1 mg : 1 co PO die', '- Pénicilline V 250 mg : PO BID'],
                   ['- Hydroxyurea 100 mg/mL compounded suspension: %d mg PO daily (25 mg/kg)' % hu,
                    '- Folic acid 1 mg: 1 tab PO daily', '- Penicillin V 250 mg: PO BID'])
        ctx = tt(c.lang, 'drépanocytose SS', 'sickle cell disease (HbSS)')
    else:
        dfx = int(round(ch.weight * 14 / 90.0) * 90) or 90
        lines = tt(c.lang, ['- Déférasirox (Jadenu) 90 mg co : %d mg PO die' % dfx, '- Acide folique 1 mg : 1 co PO die'],
                   ['- Deferasirox (Jadenu) 90 mg tab: %d mg PO daily' % dfx, '- Folic acid 1 mg: 1 tab PO daily'])
        ctx = tt(c.lang, 'bêta-thalassémie majeure, surcharge en fer (ferritine %d)' % c.randint(1200, 3400),
                 'beta-thalassaemia major with iron overload (ferritin %d)' % c.randint(1200, 3400))
        m.add('lab_result')
    m.add('patient_name', 'medication', 'diagnosis')
    demo = demo_line(c, m, ch, mrn=c.chance(0.5))
    wt = tt(c.lang, 'Poids %s kg, SC %s m².' % (dec(ch.weight, 'fr'), dec(bsa, 'fr', 2)), 'Weight %.1f kg, BSA %.2f m2.' % (ch.weight, bsa))
    contact = ''
    if c.chance(0.5):
        pp = parent_phone(c)
        contact = tt(c.lang, 'Pour la livraison, appeler la %s (%s) au %s.' % (parent_word(c, ch) if ch.parent_rel == 'mère' else 'famille', ch.parent_given, pp),
                     'For delivery please call the %s (%s) at %s.' % (parent_word(c, ch), ch.parent_given, pp))
        m.add('patient_contact')
    m.subject = tt(c.lang, c.choice(['Ordonnance — %s' % nm(ch, 'upper'), 'Rx maintenance %s' % nm(ch, 'init'), 'Nouvelle ordonnance (original par télécopieur)']),
                   c.choice(['Prescription - %s' % nm(ch, 'upper'), 'Rx for %s' % nm(ch, 'full'), 'New prescription (original faxed)']))
    rx = '\n'.join(lines)
    m.text = '\n\n'.join(x for x in [hello(c), tt(c.lang, 'Voici l\'ordonnance pour notre patient%s commun%s (%s).' % ((('e',) * 2 if ch.sex == 'F' else ('', '')) + (ctx,)),
                                                  'Here is the prescription for our shared patient (%s).' % ctx),
                                     demo, wt, rx, contact,
                                     tt(c.lang, 'L\'original signé suit par télécopieur. Merci de nous aviser de tout problème d\'approvisionnement.',
                                        'Signed original to follow by fax. Please let us know about any supply issues.'),
                                     sign(c, frm, False)] if x)
    if c.chance(0.35):
        blocks = [('kv', [(tt(c.lang, 'Patient :', 'Patient:'), nm(ch, 'upper')), (tt(c.lang, 'DDN :', 'DOB:'), fdate(ch.dob, c.lang, 0))]),
                  wt] + lines + [tt(c.lang, 'Prescripteur : Dre A. Roussel, permis 1-09842', 'Prescriber: Dr A. Roussel, licence 1-09842')]
        m.atts.append(Att('Rx_%s.pdf' % ch.mrn, 'application/pdf', A.pdf(tt(c.lang, 'Ordonnance', 'Prescription'), blocks, author=frm.name,
                                                                          compress=c.chance(0.5)), 'pdf'))
    return m


# ---------------------------------------------------------------- 12 chemotherapy roadmap (PDF)
def chemo_roadmap(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(dx=c.choice(['ball', 'ewing', 'wilms', 'hodgkin']), holder=h)
    frm = S['ferland'] if fr else S['ng']
    to = [c.choice([S['beaudry'], S['kaur'], S['garneau']])]
    m = Mail('chemo_roadmap', c.lang, tt(c.lang, 'feuille de route de chimiothérapie', 'chemotherapy roadmap'), frm, to, '')
    bsa = ch.bsa
    start = c.workday(1, 10)

    def d(n):
        return fdate(start + datetime.timedelta(days=n - 1), c.lang, 0)

    if ch.dx == 'ball':
        phase = tt(c.lang, 'Intensification retardée — partie A', 'Delayed intensification - part A')
        rows = [[tt(c.lang, 'Jour', 'Day'), 'Date', tt(c.lang, 'Médicament', 'Drug'), 'Dose', tt(c.lang, 'Voie', 'Route')],
                ['J1', d(1), 'vincristine', '%s mg' % dec(min(2.0, 1.5 * bsa), c.lang, 2), 'IV'],
                ['J1-7, J15-21', d(1), drug('dexaméthasone', c.lang), '%s mg BID' % dec(5 * bsa, c.lang, 1), 'PO'],
                ['J1', d(1), tt(c.lang, 'MTX intrathécal', 'IT methotrexate'), '12 mg', 'IT'],
                ['J1, 8, 15', d(1), drug('doxorubicine', c.lang), '%s mg' % dec(25 * bsa, c.lang, 1), 'IV'],
                ['J4', d(4), 'PEG-asparaginase', '%d UI' % int(2500 * bsa), 'IV']]
    elif ch.dx == 'ewing':
        phase = tt(c.lang, 'Cycles VDC / IE alternés — cycle %d' % c.randint(2, 9), 'Alternating VDC / IE - cycle %d' % c.randint(2, 9))
        rows = [[tt(c.lang, 'Jour', 'Day'), 'Date', tt(c.lang, 'Médicament', 'Drug'), 'Dose', tt(c.lang, 'Voie', 'Route')],
                ['J1', d(1), 'vincristine', '%s mg' % dec(min(2.0, 1.5 * bsa), c.lang, 2), 'IV'],
                ['J1', d(1), drug('doxorubicine', c.lang), '%s mg' % dec(75 * bsa, c.lang, 1), 'IV 48h'],
                ['J1', d(1), 'cyclophosphamide', '%d mg' % int(1200 * bsa), 'IV'],
                ['J1', d(1), 'mesna', '%d mg' % int(1200 * bsa), 'IV'],
                ['J2-11', d(2), 'filgrastim', '%d mcg' % int(5 * ch.weight), 'SC']]
    elif ch.dx == 'wilms':
        phase = tt(c.lang, 'Régime EE-4A — semaine %d' % c.randint(2, 18), 'Regimen EE-4A - week %d' % c.randint(2, 18))
        rows = [[tt(c.lang, 'Semaine', 'Week'), 'Date', tt(c.lang, 'Médicament', 'Drug'), 'Dose', tt(c.lang, 'Voie', 'Route')],
                ['S1', d(1), 'vincristine', '%s mg' % dec(min(2.0, 0.05 * ch.weight if ch.weight < 30 else 1.5 * bsa), c.lang, 2), 'IV'],
                ['S1', d(1), drug('dactinomycine', c.lang), '%s mg' % dec(min(2.3, 0.045 * ch.weight), c.lang, 2), 'IV'],
                ['S2', d(8), 'vincristine', '%s mg' % dec(min(2.0, 1.5 * bsa), c.lang, 2), 'IV']]
    else:
        phase = tt(c.lang, 'Bv-AVE-PC — cycle %d' % c.randint(1, 5), 'Bv-AVE-PC - cycle %d' % c.randint(1, 5))
        rows = [[tt(c.lang, 'Jour', 'Day'), 'Date', tt(c.lang, 'Médicament', 'Drug'), 'Dose', tt(c.lang, 'Voie', 'Route')],
                ['J1', d(1), drug('brentuximab védotine', c.lang), '%s mg' % dec(1.8 * ch.weight, c.lang, 1), 'IV'],
                ['J1-2', d(1), drug('doxorubicine', c.lang), '%s mg' % dec(25 * bsa, c.lang, 1), 'IV'],
                ['J1, 8', d(1), 'vincristine', '%s mg' % dec(min(2.0, 1.4 * bsa), c.lang, 2), 'IV'],
                ['J1-3', d(1), drug('étoposide', c.lang), '%d mg' % int(125 * bsa), 'IV'],
                ['J1-7', d(1), 'prednisone', '%d mg BID' % int(20 * bsa), 'PO']]
    m.add('patient_name', 'medication', 'diagnosis')
    if h is not None:
        kv = nam_kv(c, m, h, [(tt(c.lang, 'Dossier :', 'MRN:'), ch.mrn)])
    else:
        kv = [(tt(c.lang, 'Patient :', 'Patient:'), nm(ch, 'upper')), (tt(c.lang, 'Date de naissance :', 'Date of birth:'), fdate(ch.dob, c.lang, 0)),
              (tt(c.lang, 'Dossier :', 'MRN:'), fmt_mrn(ch.mrn, 'space'))]
        m.add('date_of_birth')
    m.add('mrn')
    kv += [(tt(c.lang, 'Diagnostic :', 'Diagnosis:'), dx_name(ch.dx, c.lang)), (tt(c.lang, 'Poids / SC :', 'Weight / BSA:'), '%s kg / %s m2' % (dec(ch.weight, c.lang), dec(bsa, c.lang, 2))),
           (tt(c.lang, 'Phase :', 'Phase:'), phase)]
    blocks = [('kv', kv), ('table', rows),
              tt(c.lang, 'Critères pour débuter : NAN >= 0,75 et plaquettes >= 75. Double vérification infirmière obligatoire.',
                 'Criteria to start: ANC >= 0.75 and platelets >= 75. Independent double check required.')]
    in_name = c.chance(0.5)
    fname = ('%s_%s_%s.pdf' % (tt(c.lang, 'FeuilleDeRoute', 'Roadmap'), ch.surname.replace(' ', '').replace("'", ''), ch.given[0])) if in_name else \
        '%s_%s.pdf' % (tt(c.lang, 'feuille_route', 'roadmap'), ch.mrn)
    m.atts.append(Att(fname, 'application/pdf', A.pdf(tt(c.lang, 'Feuille de route de chimiothérapie', 'Chemotherapy roadmap'), blocks,
                                                      author=frm.name, header=tt(c.lang, 'Pharmacie — oncologie pédiatrique', 'Pharmacy - paediatric oncology'),
                                                      compress=c.chance(0.5)), 'pdf', fn_style=c.choice(['plain', 'rfc2231'])))
    m.subject = tt(c.lang, c.choice(['Feuille de route mise à jour', 'FdR %s — SC recalculée' % phase.split(' —')[0], 'Feuille de route pour %s' % fdate(start, 'fr', 3)]),
                   c.choice(['Updated roadmap', 'Roadmap - BSA recalculated', 'Roadmap for %s' % fdate(start, 'en', 3)]))
    m.text = '\n\n'.join([hello(c, to[0].given), tt(c.lang,
                          'Voici la feuille de route révisée (nouvelle SC à %s m² après la pesée d\'hier). Les doses ont été recalculées; merci de jeter l\'ancienne version.' % dec(bsa, 'fr', 2),
                          'Attached is the revised roadmap (new BSA %.2f m2 after yesterday\'s weight). Doses recalculated, please discard the old version.' % bsa),
                          sign(c, frm, True)])
    return m


# ---------------------------------------------------------------- 13 central line
def central_line(c, h=None):
    fr = c.lang == 'fr'
    scen = c.choice(['insert', 'clabsi', 'occlusion'])
    ch = c.child(dx=c.choice(ONCO), holder=h)
    name = nm(ch, c.choice(['full', 'upper', 'init']))
    mrn_s = fmt_mrn(ch.mrn, c.choice(MRN_STYLES))
    m = Mail('central_line', c.lang, tt(c.lang, 'cathéter central', 'central line issue'), S['doyle'], [], '')
    if scen == 'insert':
        m.frm = c.choice([S['corriveau'], S['garneau']])
        m.to = [E['irving']]
        plt = c.randint(32, 120)
        m.subject = tt(c.lang, 'Demande pose de port-a-cath — %s' % name, 'Port insertion request - %s' % name)
        m.text = '\n\n'.join([hello(c, 'Dr Irving'), tt(c.lang,
                              'Nous aimerions une pose de port-a-cath pour %s (dossier %s), %s, nouveau diagnostic de %s. Début de la chimio prévu lundi.\n\nPlaq %d ce matin (on transfusera pour > 50 si besoin), INR 1,1, PTT 31. Sous anesthésie générale, on peut coordonner avec la PL + ponction de moelle.' %
                              (name, mrn_s, age_str(c, ch), dx_name(ch.dx, 'fr'), plt),
                              'We would like a port placed for %s (MRN %s), %s, newly diagnosed %s. Chemo starts Monday.\n\nPlt %d this AM (will transfuse to > 50 if needed), INR 1.1, PTT 31. Under GA, can be coordinated with LP and marrow.' %
                              (name, mrn_s, age_str(c, ch), dx_name(ch.dx, 'en'), plt)), thanks(c) + '\n' + m.frm.name])
        m.add('patient_name', 'mrn', 'diagnosis', 'lab_result')
    elif scen == 'clabsi':
        m.frm = S['doyle'] if not fr else c.choice([S['beaudry'], S['corriveau']])
        m.to = [c.choice([S['belhadj'], S['roussel']])]
        m.cc = [S['doyle']] if fr else []
        hrs = c.randint(9, 20)
        org = c.choice(tt(c.lang, ['cocci Gram positif en amas (S. epidermidis probable)', 'bacilles Gram négatif', 'levures'],
                          ['Gram-positive cocci in clusters (likely CoNS)', 'Gram-negative rods', 'yeast']))
        abx = tt(c.lang, 'vancomycine 15 mg/kg IV q6h ajoutée' if 'Gram positif' in org else ('méropénem débuté' if 'négatif' in org else 'caspofungine débutée, retrait du cathéter à planifier'),
                 'vancomycin 15 mg/kg IV q6h added' if 'positive' in org else ('meropenem started' if 'negative' in org else 'caspofungin started, line removal to be planned'))
        m.subject = tt(c.lang, 'Hémoc + sur Hickman — %s' % name, 'Positive line culture - %s' % name)
        m.text = '\n\n'.join([hello(c), tt(c.lang,
                              'Le labo de micro vient d\'appeler : hémoculture de la lumière rouge du Hickman de %s (%s) positive après %d h : %s. Périphérique encore négative. %s. Fièvre 39,1 ce matin, hémodynamie stable.' %
                              (name, dx_name(ch.dx, 'fr', True), hrs, org, abx),
                              'Micro just called: red lumen Hickman culture on %s (%s) flagged positive at %d h: %s. Peripheral still negative. %s. T 39.1 this morning, haemodynamically stable.' %
                              (name, dx_name(ch.dx, 'en', True), hrs, org, abx)), tt(c.lang, 'Dossier ', 'MRN ') + mrn_s, m.frm.name])
        m.add('patient_name', 'mrn', 'diagnosis', 'lab_result', 'medication')
    else:
        m.frm = S['doyle'] if not fr else S['beaudry']
        m.to = [c.choice([S['kaur'], S['beaudry'], S['garneau']])]
        line = c.choice(['PICC 4 Fr', 'Hickman 7 Fr', 'port-a-cath'])
        m.subject = tt(c.lang, 'Occlusion %s — %s' % (line, nm(ch, 'surinit')), '%s occlusion - %s' % (line, nm(ch, 'surinit')))
        m.text = '\n\n'.join([hello(c), tt(c.lang,
                              'Le %s de %s ne donnait plus de retour veineux ce matin. Alteplase (Cathflo) 1 mg/mL instillé à %dh dans chaque lumière, retour sanguin OK après 60 min. Rinçage NS pulsé, verrou héparine 100 U/mL. %s en %s, prochain traitement jeudi.' %
                              (line, name, c.randint(8, 11), cap1(dx_name(ch.dx, 'fr', True)), c.choice(['induction', 'consolidation', 'maintenance'])),
                              '%s on %s had no blood return this morning. Alteplase (Cathflo) 1 mg/mL instilled at %d:00 in each lumen, good blood return after 60 min. Pulsatile NS flush, heparin lock 100 U/mL. %s in %s, next chemo Thursday.' %
                              (line, name, c.randint(8, 11), dx_name(ch.dx, 'en', True), c.choice(['induction', 'consolidation', 'maintenance']))),
                              sign(c, m.frm, True)])
        m.add('patient_name', 'diagnosis', 'medication')
    if h is not None:
        m.text = m.text.replace('\n\n', '\n\n' + demo_line(c, m, ch, mrn=False) + '\n\n', 1)
    return m


# ---------------------------------------------------------------- 14 home care (CLSC)
def home_care(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(dx=c.choice(['ewing', 'nbl', 'aml', 'osteo', 'ball']), holder=h)
    frm = S['garneau'] if fr else S['kaur']
    clsc = None
    m = Mail('home_care', c.lang, tt(c.lang, 'référence CLSC pour soins à domicile', 'home care referral'), frm,
             [('Guichet soins à domicile' if fr else 'Home care intake', 'soinsdomicile@cisss-laurentides.example')], '')
    adr, parts = home_address(c, ch)
    pp = parent_phone(c)
    gcsf = int(5 * ch.weight)
    demo = demo_line(c, m, ch, mrn=c.chance(0.5))
    m.add('patient_contact', 'medication', 'diagnosis')
    if fr:
        m.subject = c.choice(['Référence soins à domicile — %s' % nm(ch, 'upper'), 'Demande CLSC : G-CSF + pansement PICC', 'Nouvelle référence SAD'])
        body = ['Bonjour,', 'Nous vous adressons %s, %s, suivi%s pour %s.' % (nm(ch, 'full'), age_str(c, ch), 'e' if ch.sex == 'F' else '', dx_name(ch.dx, 'fr')),
                demo, 'Adresse : %s\nTéléphone (%s) : %s' % (adr, parent_word(c, ch), pp),
                'Soins demandés :\n- Filgrastim %d mcg SC die à partir du %s, x 10 jours ou jusqu\'à NAN > 1,0 x 2\n- Pansement du PICC et changement de valve q7 jours; rinçage NS 10 mL\n- Prélèvement FSC lundi et jeudi, résultats à faxer à la clinique de jour' % (gcsf, fdate(c.ddays(2), 'fr', 1)),
                'Les parents ont reçu l\'enseignement pour les injections mais souhaitent une supervision les premiers jours.',
                sign(c, frm, False)]
    else:
        m.subject = c.choice(['Home care referral - %s' % nm(ch, 'upper'), 'CLSC request: G-CSF + PICC care', 'New home care referral'])
        body = ['Hello,', 'We are referring %s, %s, followed here for %s.' % (nm(ch, 'full'), age_str(c, ch), dx_name(ch.dx, 'en')),
                demo, 'Address: %s\nPhone (%s): %s' % (adr, parent_word(c, ch), pp),
                'Services requested:\n- Filgrastim %d mcg SC daily from %s for 10 days or until ANC > 1.0 x2\n- PICC dressing and cap change q7 days; NS 10 mL flush\n- CBC draw Mondays and Thursdays, fax results to day hospital' % (gcsf, fdate(c.ddays(2), 'en', 1)),
                'Parents have been taught injections but would like supervision for the first few days.',
                sign(c, frm, False)]
    m.text = '\n\n'.join(body)
    return m


# ---------------------------------------------------------------- 15 haemophilia home delivery
def haemophilia_home(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(dx='hemoA', holder=h)
    if ch.sex == 'F' and h is None:
        ch.sex = 'M'
        ch.given = c.choice(['Noah', 'Thomas', 'Jacob', 'Félix', 'Owen', 'Ethan', 'Malik'])
    frm = S['fitz']
    spec = ('Rx Specialty Services', 'livraisons@rxspecialty.example')
    m = Mail('haemophilia_home', c.lang, tt(c.lang, 'livraison de facteur à domicile', 'home delivery of haemophilia treatment'),
             frm, [spec], '')
    m.cc = [S['ng']]
    adr, _ = home_address(c, ch)
    dose = int(round(ch.weight * 6 / 30.0)) * 30 or 30
    pp = parent_phone(c)
    name = nm(ch, c.choice(['full', 'upper']))
    if fr:
        m.subject = 'Livraison Hemlibra — %s' % name
        m.text = '\n\n'.join(['Bonjour,', 'Merci d\'organiser la livraison mensuelle pour %s (hémophilie A sévère, FVIII < 1 %%, inhibiteur négatif).' % name,
                              'Émicizumab (Hemlibra) %d mg SC toutes les 4 semaines (6 mg/kg, poids %s kg). Fioles de 30 mg/1 mL et 60 mg/0,4 mL selon disponibilité.\nFacteur VIII recombinant 1000 UI x 3 fioles en réserve pour saignement.' % (dose, dec(ch.weight, 'fr')),
                              'Adresse de livraison : %s\nContact : %s (%s), %s — livraison après 16 h svp.' % (adr, ch.parent_given, parent_word(c, ch), pp),
                              sign(c, frm, False)])
    else:
        m.subject = 'Hemlibra delivery - %s' % name
        m.text = '\n\n'.join(['Hello,', 'Please arrange this month\'s delivery for %s (severe haemophilia A, FVIII < 1%%, inhibitor negative).' % name,
                              'Emicizumab (Hemlibra) %d mg SC every 4 weeks (6 mg/kg, weight %.1f kg). 30 mg/1 mL and 60 mg/0.4 mL vials as available.\nRecombinant FVIII 1000 IU x 3 vials on hand for bleeds.' % (dose, ch.weight),
                              'Delivery address: %s\nContact: %s (%s), %s - after 4 pm please.' % (adr, ch.parent_given, parent_word(c, ch), pp),
                              sign(c, frm, False)])
    m.add('patient_name', 'patient_contact', 'medication', 'diagnosis', 'lab_result')
    if h is not None:
        m.text = m.text.replace('\n\n', '\n\n' + demo_line(c, m, ch) + '\n\n', 1)
    return m


# ---------------------------------------------------------------- 16 sickle cell care plan
def sickle_cell(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(dx='scd', holder=h)
    frm = S['lam']
    to = [c.choice([S['whitfield'], S['corriveau']]), ('Urgence pédiatrique' if fr else 'Paediatric ED', 'urgence.chefs@' + S['lam'].domain)]
    m = Mail('sickle_cell', c.lang, tt(c.lang, 'plan de soins individualisé, drépanocytose', 'individual care plan, sickle cell disease'), frm, to, '')
    hb = c.randint(68, 92)
    tcd = c.randint(128, 185)
    morph = dec(0.1 * ch.weight, c.lang, 1)
    hu = max(100, int(round(ch.weight * c.choice([20, 25, 30]) / 100.0)) * 100)
    name = nm(ch, c.choice(['upper', 'full']))
    blocks_fr = ['Plan de soins individualisé — %s — %s' % (name, dx_name('scd', 'fr')),
                 'Valeurs de base : Hb %d g/L, réticulocytes 210, HbF %d %% sous hydroxyurée %d mg die.' % (hb, c.randint(12, 28), hu),
                 'Doppler transcrânien (%s) : vitesse max %d cm/s — %s.' % (fdate(c.ddays(-c.randint(20, 120)), 'fr', 2), tcd, 'conditionnel, contrôle dans 3 mois' if tcd >= 170 else 'normal'),
                 'En cas de crise vaso-occlusive : morphine %s mg IV (0,1 mg/kg) dans les 30 min de l\'arrivée, puis PCA; kétorolac 0,5 mg/kg IV q6h x 48 h max; hydratation 1 x entretien.' % morph,
                 'Syndrome thoracique aigu : céfotaxime + azithromycine, spirométrie incitative, transfusion simple si Hb < 90 et baisse > 10.',
                 'Ne pas transfuser sans phénotype étendu (allo-anti-E connu).']
    blocks_en = ['Individual care plan - %s - %s' % (name, dx_name('scd', 'en')),
                 'Baseline: Hb %d g/L, retics 210, HbF %d%% on hydroxyurea %d mg daily.' % (hb, c.randint(12, 28), hu),
                 'TCD (%s): TAMMV %d cm/s - %s.' % (fdate(c.ddays(-c.randint(20, 120)), 'en', 2), tcd, 'conditional, repeat in 3 months' if tcd >= 170 else 'normal'),
                 'Vaso-occlusive crisis: morphine %s mg IV (0.1 mg/kg) within 30 min of arrival, then PCA; ketorolac 0.5 mg/kg IV q6h max 48 h; fluids at 1x maintenance.' % morph,
                 'Acute chest syndrome: cefotaxime + azithromycin, incentive spirometry, simple transfusion if Hb < 90 and drop > 10.',
                 'Extended phenotype-matched blood only (known anti-E).']
    blocks = blocks_fr if fr else blocks_en
    m.add('patient_name', 'diagnosis', 'medication', 'lab_result')
    demo = demo_line(c, m, ch) if (h is not None or c.chance(0.5)) else ''
    m.subject = tt(c.lang, 'Plan de soins CVO — %s' % name, 'VOC care plan - %s' % name)
    if c.chance(0.5):
        m.atts.append(Att(tt(c.lang, 'plan_soins_drepanocytose_%s.docx', 'SCD_care_plan_%s.docx') % ch.mrn,
                          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                          A.docx(blocks[0], ([demo] if demo else []) + blocks[1:], frm.name, c.date), 'docx'))
        m.text = '\n\n'.join([hello(c), tt(c.lang, 'Voici le plan de soins mis à jour pour %s, à numériser au dossier et à garder à l\'urgence.' % nm(ch, 'given'),
                                            'Updated care plan for %s attached - please scan to the chart and keep a copy in ED.' % nm(ch, 'given')), sign(c, frm, True)])
    else:
        m.text = '\n\n'.join([hello(c)] + ([demo] if demo else []) + blocks + [sign(c, frm, True)])
    return m


# ---------------------------------------------------------------- 17 forwarded parent e-mail
def forward_thread(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(dx=c.choice(['ball', 'tall']), holder=h)
    nurse = S['garneau'] if fr else S['kaur']
    doc = c.choice([S['roussel'], S['belhadj']])
    psurname = ch.surname if c.chance(0.6) else c.choice(['Lambert', 'Rochon', 'Guay', 'Hamel', 'Sauvageau', 'Bédard'])
    parent = ('%s %s' % (ch.parent_given, psurname), '%s.%s@courriel.example' % (
        ch.parent_given.lower().replace('é', 'e').replace('è', 'e'), psurname.lower().replace("'", '').replace(' ', '').replace('é', 'e').replace('è', 'e').replace('ô', 'o')))
    m = Mail('forward_thread', c.lang, tt(c.lang, 'courriel de parent transféré au médecin', 'parent e-mail forwarded to physician'),
             nurse, [doc], '')
    temp = c.choice(['38,2', '38,4', '37,9', '38,6'])
    pp = parent_phone(c)
    t0 = earlier(c, 1, 10)
    with_phone = c.chance(0.6)
    g = ch.given
    if fr:
        orig_subj = c.choice(['%s fait de la fièvre' % g, 'question', 'Fièvre ce soir', 'Boutons sur la joue de %s' % g])
        orig = ('Bonjour Isabelle,\n\n%s fait %s ce soir (thermomètre buccal). %s a pris son Septra ce matin et sa 6-MP hier soir. %s, pas de toux. '
                'La dernière FSC mardi : neutros à 0,6. Doit-on aller à l\'urgence ou attendre?\n\nMerci,\n%s%s') % (
                    g, temp.replace('37,9', '37,9 puis 38,1'), g, 'Elle est fatiguée' if ch.sex == 'F' else 'Il est fatigué', parent[0],
                    ('\n' + pp) if with_phone else '')
        top = c.choice(['Dre, voir ci-dessous — je les ai dirigés vers l\'urgence, mais veux-tu qu\'on ajuste la 6-MP?',
                        'Pour info. Mère de %s (%s, maintenance). Je les ai rappelés.' % (nm(ch, 'full'), dx_name(ch.dx, 'fr', True)),
                        'Peux-tu regarder? Merci.'])
    else:
        orig_subj = c.choice(['%s has a fever' % g, 'question', 'Fever tonight', 'rash on %s\'s cheek' % g])
        orig = ('Hi Simran,\n\n%s is at %s tonight (oral). Took the Septra this morning and 6-MP last night. Tired, no cough. '
                'Last CBC on Tuesday had neutrophils at 0.6. Should we come to the ED or wait?\n\nThanks,\n%s%s') % (
                    g, temp.replace(',', '.'), parent[0], ('\n' + pp) if with_phone else '')
        top = c.choice(['See below - I sent them to ED, but do you want to hold 6-MP?',
                        'FYI, mom of %s (%s, maintenance). I called them back.' % (nm(ch, 'full'), dx_name(ch.dx, 'en', True)),
                        'Can you take a look? Thanks.'])
    m.subject = tt(c.lang, 'TR: ', 'Fwd: ') + orig_subj
    fh = fwd_header(c, Person('p', '', parent[0].split()[0], ' '.join(parent[0].split()[1:]), '', '', parent[1].split('@')[0], 0,
                              c.lang, 'courriel.example'), t0, orig_subj, nurse.name)
    m.text = '%s\n\n%s\n\n%s\n%s' % (top, nurse.given, fh, orig)
    m.add('patient_name', 'medication', 'lab_result')
    if 'maintenance' in top or ch.surname == psurname:
        pass
    if with_phone:
        m.add('patient_contact')
    if ch.surname != psurname and 'maintenance' not in top:
        m.text = m.text.replace(top, top + tt(c.lang, ' (%s, %s)' % (nm(ch, 'full'), dx_name(ch.dx, 'fr', True)),
                                              ' (%s, %s)' % (nm(ch, 'full'), dx_name(ch.dx, 'en', True))), 1)
    elif 'maintenance' not in top:
        m.text = m.text.replace(top, top + ' — ' + dx_name(ch.dx, c.lang, True), 1)
    m.add('diagnosis')
    if h is not None:
        m.text = m.text.replace('\n\n', '\n\n' + demo_line(c, m, ch) + '\n\n', 1)
    return m


# ---------------------------------------------------------------- 18 attached message/rfc822
def attached_eml(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(dx=c.choice(ONCO), holder=h)
    nurse = Person('clsc', 'Mme', c.choice(['Nathalie', 'Sonia', 'Brigitte', 'Carmen']), c.choice(['Desmarais', 'Larouche', 'Gravel']),
                   'Infirmière, soins à domicile', 'Home care nurse', 'inf.sad', 81, c.lang, 'cisss-laurentides.example')
    frm = S['garneau'] if fr else S['kaur']
    to = [c.choice([S['roussel'], S['belhadj'], S['corriveau']])]
    inner = Mail('inner', c.lang, '', nurse, [frm], '')
    inner.date = earlier(c, 3, 30)
    name = nm(ch, c.choice(['full', 'upper']))
    temp = c.choice(['37,8', '38,0', '37,6'])
    if fr:
        inner.subject = 'Visite à domicile — %s' % name
        inner.text = ('Bonjour,\n\nVisite faite ce matin chez %s (%s). Site du PICC : rougeur de 1,5 cm, pas d\'écoulement, bras non œdématié. T %s. '
                      'Pansement changé, culture du site faite. Filgrastim administré (jour %d/10). Maman inquiète, souhaite être rappeléee.\n\n%s %s\nInfirmière, SAD') % (
                          name, dx_name(ch.dx, 'fr', True), temp, c.randint(2, 9), nurse.given, nurse.surname)
    else:
        inner.subject = 'Home visit - %s' % name
        inner.text = ('Hello,\n\nVisited %s (%s) this morning. PICC site: 1.5 cm erythema, no discharge, no arm swelling. T %s. '
                      'Dressing changed, site swab sent. Filgrastim given (day %d/10). Mom worried, would like a call back.\n\n%s %s\nHome care nurse') % (
                          name, dx_name(ch.dx, 'en', True), temp.replace(',', '.'), c.randint(2, 9), nurse.given, nurse.surname)
    m = Mail('attached_eml', c.lang, tt(c.lang, 'courriel du CLSC joint en pièce jointe', 'home care e-mail attached as message'), frm, to, '')
    m.subject = tt(c.lang, c.choice(['TR: visite à domicile', 'Message du SAD', 'À voir — CLSC']), c.choice(['Fwd: home visit', 'Message from home care', 'FYI - CLSC']))
    m.text = '\n\n'.join([hello(c), tt(c.lang, 'Voir le message ci-joint de l\'infirmière du CLSC. On fait venir l\'enfant demain à la clinique de jour?',
                                        'See the attached message from the home care nurse. Shall we bring the child in tomorrow?'), frm.given])
    if h is not None:
        inner.text = inner.text.replace('\n\n', '\n\n' + demo_line(c, m, ch) + '\n\n', 1)
    safe = name.replace(',', '').replace(' ', '_').replace("'", '')
    m.atts.append(Att(tt(c.lang, 'Visite_domicile.eml', 'Home_visit.eml') if c.chance(0.5) else ('%s.eml' % inner.subject.replace(' — ', ' - ').replace(',', '')),
                      'message/rfc822', inner, 'eml', fn_style=c.choice(['plain', 'rfc2231'])))
    m.add('patient_name', 'diagnosis', 'medication')
    return m


# ---------------------------------------------------------------- 19 ZIP packet for second opinion
def zip_packet(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(dx=c.choice(['nbl', 'rms', 'medullo', 'osteo', 'ewing']), holder=h)
    frm = c.choice([S['vaill'], S['belhadj'], S['roussel']])
    dest = c.choice([E['wauters'], E['mahoney'], E['marchetti']])
    m = Mail('zip_packet', c.lang, tt(c.lang, 'dossier compressé pour deuxième opinion', 'zipped packet for second opinion'), frm, [dest], '')
    blocks = [('kv', [(tt(c.lang, 'Patient :', 'Patient:'), nm(ch, 'upper')), (tt(c.lang, 'Né(e) le :', 'DOB:'), fdate(ch.dob, c.lang, 2)),
                      (tt(c.lang, 'Dossier :', 'MRN:'), ch.mrn)]),
              ('h', tt(c.lang, 'Diagnostic anatomopathologique', 'Pathology diagnosis')),
              tt(c.lang, '%s. Biopsie du %s. %s' % (cap1(dx_name(ch.dx, 'fr')), fdate(c.ddays(-c.randint(20, 60)), 'fr', 1),
                                                     c.choice(['MYCN non amplifié, histologie défavorable.', 'Fusion PAX3-FOXO1 négative.', 'Sous-groupe moléculaire SHH, TP53 sauvage.', 'Nécrose post-chimio 78 %.', 'Translocation EWSR1-FLI1 confirmée.'])),
                 '%s. Biopsy dated %s. %s' % (cap1(dx_name(ch.dx, 'en')), fdate(c.ddays(-c.randint(20, 60)), 'en', 1),
                                              c.choice(['MYCN not amplified, unfavourable histology.', 'PAX3-FOXO1 fusion negative.', 'SHH subgroup, TP53 wild type.', 'Post-chemo necrosis 78%.', 'EWSR1-FLI1 confirmed.'])))]
    labs = [[tt(c.lang, 'date', 'date'), tt(c.lang, 'analyse', 'test'), tt(c.lang, 'valeur', 'value')]]
    for k in range(4):
        d = c.ddays(-7 * k)
        labs += [[d.isoformat(), 'Hb', str(c.randint(75, 118))], [d.isoformat(), 'LDH', str(c.randint(180, 900))],
                 [d.isoformat(), tt(c.lang, 'créatinine', 'creatinine'), str(c.randint(28, 60))]]
    pdfb = A.pdf(tt(c.lang, 'Rapport de pathologie', 'Pathology report'), blocks, author=frm.name, compress=c.chance(0.5))
    members = [(tt(c.lang, 'pathologie_%s.pdf', 'pathology_%s.pdf') % ch.mrn, pdfb),
               (tt(c.lang, 'bilans_%s.csv', 'labs_%s.csv') % ch.mrn, A.csv_text(labs)),
               ('LISEZMOI.txt' if fr else 'README.txt', tt(c.lang, 'Imagerie DICOM transmise séparément par le PACS (lien sécurisé).\r\n',
                                                         'DICOM images sent separately through the PACS secure link.\r\n'))]
    if h is not None:
        kv = nam_kv(c, m, h)
        members.append((tt(c.lang, 'identification.txt', 'identification.txt'), '\r\n'.join('%s %s' % kv_ for kv_ in kv) + '\r\n'))
    zname = tt(c.lang, 'dossier_%s_%s.zip', 'packet_%s_%s.zip') % (ch.surname.replace("'", '').replace(' ', ''), ch.mrn) if c.chance(0.5) else \
        tt(c.lang, 'deuxieme_opinion.zip', 'second_opinion.zip')
    m.atts.append(Att(zname, 'application/zip', A.zipfile_bytes(members), 'zip', fn_style=c.choice(['plain', 'rfc2231'])))
    m.add('patient_name', 'date_of_birth', 'mrn', 'diagnosis', 'lab_result')
    m.subject = tt(c.lang, c.choice(['Demande de deuxième opinion', 'Avis — comité des tumeurs', 'Dossier pour discussion']),
                   c.choice(['Second opinion request', 'Tumour board review request', 'Case for discussion']))
    m.text = '\n\n'.join([hello(c, '%s %s' % (dest.title, dest.surname)), tt(c.lang,
                          'Comme convenu au téléphone, vous trouverez ci-joint le dossier (rapport de pathologie et bilans) pour votre avis. L\'imagerie suit par le PACS. Nous aimerions en discuter avant le prochain cycle.',
                          'As discussed by phone, please find the packet attached (pathology and labs) for your opinion. Imaging will follow through PACS. We would like to discuss before the next cycle.'),
                          sign(c, frm, False)])
    return m


# ---------------------------------------------------------------- 20 research enrolment
def research_enrolment(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(dx=c.choice(['ball', 'hodgkin', 'nbl']), holder=h)
    frm = S['mendes']
    to = [S['ng'] if not fr else S['ferland'], c.choice([S['roussel'], S['belhadj']])]
    m = Mail('research_enrolment', c.lang, tt(c.lang, 'confirmation d\'inscription à une étude', 'study enrolment confirmation'), frm, to, '')
    sid = 'BOR-%03d' % c.randint(4, 160)
    arm = c.choice(['A', 'B'])
    study = {'ball': 'LLA-BOR-2023', 'hodgkin': 'HL-PED-BV2', 'nbl': 'NB-HR-IMMUNO'}[ch.dx]
    armtxt = {'ball': tt(c.lang, 'blinatumomab en consolidation' if arm == 'B' else 'chimiothérapie standard', 'blinatumomab in consolidation' if arm == 'B' else 'standard chemotherapy'),
              'hodgkin': tt(c.lang, 'brentuximab + AVE-PC', 'brentuximab + AVE-PC'),
              'nbl': tt(c.lang, 'dinutuximab + GM-CSF', 'dinutuximab + GM-CSF')}[ch.dx]
    name = nm(ch, c.choice(['full', 'upper', 'init']))
    body = tt(c.lang,
              'Inscription confirmée à l\'étude %s : %s (%s), no d\'étude %s, consentement signé par les deux parents et assentiment de l\'enfant le %s. Randomisation : bras %s (%s). Première dose prévue le %s; la pharmacie de recherche prépare le médicament.' %
              (study, name, dx_name(ch.dx, 'fr'), sid, fdate(c.ddays(-1), 'fr', 1), arm, armtxt, fdate(c.workday(3, 10), 'fr', 1)),
              'Enrolment confirmed on %s: %s (%s), study ID %s, consent signed by both parents and child assent obtained on %s. Randomised to arm %s (%s). First dose planned %s; research pharmacy is preparing drug.' %
              (study, name, dx_name(ch.dx, 'en'), sid, fdate(c.ddays(-1), 'en', 1), arm, armtxt, fdate(c.workday(3, 10), 'en', 1)))
    m.add('patient_name', 'diagnosis', 'medication')
    parts = [hello(c), body]
    if h is not None or c.chance(0.5):
        parts.append(demo_line(c, m, ch, mrn=True))
    parts.append(sign(c, frm, False))
    m.subject = tt(c.lang, 'Inscription %s — %s' % (study, sid), 'Enrolment %s - %s' % (study, sid))
    m.text = '\n\n'.join(parts)
    return m


# ---------------------------------------------------------------- 21 palliative / goals of care
def palliative(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(dx=c.choice(['nbl', 'medullo', 'aml', 'rms']), holder=h, min_age=3)
    frm = c.choice([S['vaill'], S['belhadj'], S['roussel']])
    to = [S['cardinal'] if fr else S['okonkwo'], S['sauve'] if fr else S['albright'], S['garneau'] if fr else S['kaur']]
    m = Mail('palliative', c.lang, tt(c.lang, 'résumé de rencontre, objectifs de soins', 'family meeting summary, goals of care'), frm, to, '')
    name = nm(ch, c.choice(['full', 'given']))
    sib = c.choice(GIVEN_SIB)
    m.subject = tt(c.lang, 'Rencontre famille %s — niveau de soins' % ch.surname, 'Family meeting %s - goals of care' % ch.surname)
    if fr:
        txt = ['Bonjour à tous,', 'Résumé de la rencontre d\'hier avec les parents de %s (%s, %s en rechute réfractaire après 2e ligne).' % (name, age_str(c, ch), dx_name(ch.dx, 'fr')),
               '- Niveau de soins C : pas de réanimation cardiorespiratoire, pas de soins intensifs; traitements de confort et antibiotiques PO au besoin.',
               '- Souhait de retour à la maison; les parents veulent que %s puisse être à la maison pour l\'anniversaire de %s.' % (name, sib),
               '- Douleur : morphine 0,2 mg/kg PO q4h + entredoses, à convertir en perfusion SC si besoin. Ondansétron PRN.',
               '- Parents séparés depuis l\'automne, garde partagée; le père a perdu son emploi en janvier. Besoin d\'aide pour le transport et le stationnement.',
               'Marie-Ève : peux-tu voir pour le soutien financier et la Fondation? Valérie : préparation de la fratrie (%s, 6 ans).' % sib,
               sign(c, frm, True)]
    else:
        txt = ['Hi all,', 'Summary of yesterday\'s meeting with %s\'s parents (%s, %s, refractory relapse after second-line therapy).' % (name, age_str(c, ch), dx_name(ch.dx, 'en')),
               '- Level of care: no CPR, no PICU; comfort-focused care, oral antibiotics if needed.',
               '- Family wishes to go home; parents want %s home for %s\'s birthday.' % (name, sib),
               '- Pain: morphine 0.2 mg/kg PO q4h plus breakthrough, switch to SC infusion if needed. Ondansetron PRN.',
               '- Parents separated last fall, shared custody; father lost his job in January. Needs help with transport and parking.',
               'Tanya, could you look at financial support and the Foundation? Megan, sibling preparation (%s, 6).' % sib,
               sign(c, frm, True)]
    m.text = '\n\n'.join(txt)
    m.add('patient_name', 'diagnosis', 'medication', 'social_information')
    if h is not None:
        m.text = m.text.replace('\n\n', '\n\n' + demo_line(c, m, ch) + '\n\n', 1)
    return m


GIVEN_SIB = ['Arthur', 'Lily', 'Émile', 'Rose', 'Léon', 'Ava', 'Jules', 'Lucas']


# ---------------------------------------------------------------- 22 fertility preservation
def fertility(c, h=None):
    fr = c.lang == 'fr'
    ch = c.child(dx=c.choice(['hodgkin', 'ewing', 'osteo', 'rms']), holder=h, min_age=13, max_age=17)
    frm = c.choice([S['belhadj'], S['roussel'], S['corriveau']])
    clinic = ('Clinique de fertilité / Fertility clinic', 'preservation@fertilite-mtl.example')
    m = Mail('fertility', c.lang, tt(c.lang, 'référence en préservation de la fertilité', 'fertility preservation referral'), frm, [clinic], '')
    agent = tt(c.lang, 'cyclophosphamide et ifosfamide (dose cumulative élevée)', 'cyclophosphamide and ifosfamide (high cumulative dose)')
    proc = (tt(c.lang, 'cryoconservation de sperme', 'sperm banking') if ch.sex == 'M' else
            tt(c.lang, 'cryoconservation de tissu ovarien sous AG', 'ovarian tissue cryopreservation under GA'))
    demo = demo_line(c, m, ch, mrn=c.chance(0.6))
    m.subject = tt(c.lang, 'Référence urgente — préservation de la fertilité', 'Urgent referral - fertility preservation')
    m.text = '\n\n'.join([hello(c), tt(c.lang,
                          'Nous vous référons %s, %s, nouveau diagnostic de %s. Le traitement inclut %s et doit débuter dans 6 jours. L\'adolescent%s et ses parents souhaitent une %s avant le C1.' %
                          (nm(ch, 'full'), age_str(c, ch), dx_name(ch.dx, 'fr'), agent, 'e' if ch.sex == 'F' else '', proc),
                          'We are referring %s, %s, newly diagnosed with %s. Treatment includes %s and must start within 6 days. The teen and parents would like %s before cycle 1.' %
                          (nm(ch, 'full'), age_str(c, ch), dx_name(ch.dx, 'en'), agent, proc)), demo,
                          tt(c.lang, 'Plaquettes 210, NAN 4,1 ce matin. Merci de nous appeler directement pour fixer le rendez-vous.',
                             'Plt 210, ANC 4.1 this morning. Please call us directly to set the appointment.'), sign(c, frm, False)])
    m.add('patient_name', 'diagnosis', 'medication', 'lab_result')
    return m


TEMPLATES = [
    (pharmacy_rx, 5, 'child'), (chemo_roadmap, 4, 'child'), (central_line, 3, 'child'), (home_care, 3, 'child'),
    (haemophilia_home, 2, None), (sickle_cell, 3, 'child'), (forward_thread, 3, 'child'), (attached_eml, 3, 'child'),
    (zip_packet, 3, 'child'), (research_enrolment, 2, 'child'), (palliative, 2, None), (fertility, 2, None),
]
