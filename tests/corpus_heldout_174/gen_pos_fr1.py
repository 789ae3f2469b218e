"""Positive (confidential) messages in French — part 1."""
import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_mime import html_table, text_table
from gen_text import born, ext, hello, ident, il, lui, quote, thanks


def ref_gmf(c):
    m = c.msg('referral', 'référence GMF vers la clinique de pneumologie')
    p = c.holder()
    doc = c.pick([('Dre Sophie Ferland', 'sferland'), ('Dr Benoît Turcotte', 'bturcotte'),
                  ('Dre Mélanie Dostie', 'mdostie')])
    m.frm = (doc[0].replace('Dre ', '').replace('Dr ', ''), '%s@gmf-vieuxmoulin.example' % doc[1])
    m.to = [('Accueil pneumologie', 'accueil.pneumo@' + C.DOM)]
    kind = c.pick(['copd', 'asthma', 'ipf', 'bronchiectasis'])
    dx = K.cond(c, kind)
    md = K.meds(c, kind, 2)
    sp = K.spiro(c, 'sev' if kind == 'copd' else ('rest' if kind == 'ipf' else 'mod'))
    m.t('diagnosis', 'medication', 'lab_result')
    m.subject = c.pick(['Référence pneumologie - %s' % m.name(p, 'SUR_g'), 'Demande de consultation en pneumologie',
                        'Réf. pneumo - priorité B'])
    idb = ident(c, m, p)
    soc = ''
    if c.chance(0.5):
        m.t('social_information')
        soc = c.pick(["\n%s vit seul%s depuis le décès de son conjoint et n'a pas de transport ; la fille habite à Montréal." %
                      (il(c, p, True), 'e' if p.sex == 'F' else ''),
                      "\nSituation financière précaire (prestations d'aide sociale), a déjà cessé ses pompes faute de moyens.",
                      "\nHébergé%s temporairement chez un ami depuis l'incendie de son logement en août." %
                      ('e' if p.sex == 'F' else '')])
    m.text = '''Bonjour,

Je vous réfère la personne suivante pour évaluation en pneumologie :

%s

Motif : %s, dyspnée mMRC %d, %d exacerbations traitées en externe depuis janvier (prednisone + amoxicilline-clavulanate).
Spirométrie au GMF (post-BD) : %s
Médication actuelle : %s ; %s.
ATCD : HTA, DB2 sous metformine, ex-tabagisme %d paquets-années.%s

Je %s verrais idéalement d'ici 4 à 6 semaines. Le rapport de spirométrie complet suit par télécopieur.

%s
%s
GMF du Vieux-Moulin
Tél. 450 555-01%02d | Téléc. 450 555-01%02d
''' % (idb, dx, c.num(2, 4), c.num(1, 3), sp['line'], md[0], md[1], c.num(20, 60), soc,
       lui(c, p), thanks(c), doc[0], c.num(10, 49), c.num(50, 99))
    return m


def lfp_rapport(c):
    m = c.msg('pft_report', 'rapport de fonction pulmonaire en PDF au médecin référent')
    p = c.other()
    st = c.st(c.pick(['vachon', 'bergeron']))
    m.frm = c.who(st['key'])
    dest = c.pick([('Dre Caroline Vaillancourt', 'cvaillancourt@gmf-vieuxmoulin.example'),
                   ('Dr Hugo Lamontagne', 'hlamontagne@cmf-rivesud.example')])
    m.to = [dest]
    sev = c.pick(['mod', 'sev', 'rest', 'mild'])
    sp = K.spiro(c, sev)
    interp = {'mod': 'Syndrome obstructif modéré sans réversibilité significative, compatible avec une MPOC.',
              'sev': 'Syndrome obstructif sévère avec distension (CPT 124 %), DLCO abaissée : emphysème probable.',
              'rest': 'Syndrome restrictif modéré avec DLCO abaissée ; corréler avec TDM (PID ?).',
              'mild': 'Obstruction légère réversible (+%d %% après salbutamol) compatible avec un asthme.' % (sp['bd'] + 10)}[sev]
    m.t('lab_result', 'diagnosis', 'medication')
    nm = m.name(p, c.pick(['SUR_g', 'upper', 'Sur_g']))
    dob = m.dob(p, c.pick(['iso', 'dmy']))
    mrn = m.mrn(p, c.pick(['plain', 'pref', 'dash']))
    lines = ['**Patient : %s          Dossier : %s' % (nm, mrn),
             'Date de naissance : %s    Sexe : %s    Taille : %d cm    Poids : %d kg' % (dob, p.sex, c.num(152, 188), c.num(48, 118)),
             'Date de l\'examen : %s    Technologue : K. Vachon, inh.' % c.dshort(c.day(-c.num(1, 6))),
             '', '**Spirométrie (meilleur essai, critères ATS/ERS 2019 respectés)',
             sp['line'], 'Test de réversibilité : salbutamol 400 mcg, variation VEMS +%d %%' % sp['bd'],
             '', '**Volumes (pléthysmographie)', 'CPT %d %%   VR %d %%   VR/CPT %d %%' % (c.num(80, 130), c.num(95, 190), c.num(35, 62)),
             '', '**Interprétation', interp, '', 'Interprété par : Dr F. Bergeron, pneumologue']
    fname = c.pick(['LFP_%s_%s.pdf' % (p.surname.upper(), c.date.strftime('%Y%m%d')), 'rapport_spiro_%s.pdf' % mrn.replace(' ', ''),
                    'Rapport LFP.pdf'])
    m.attach('pdf', fname, A.pdf('Rapport - Laboratoire de fonction pulmonaire', lines,
                                 header=C.ORG_FR, footer='Document confidentiel - ' + C.ORG_SHORT))
    m.subject = c.pick(['Résultats LFP', 'Rapport de fonction respiratoire - %s' % p.name('sur_init'),
                        'TFR complets ci-joints'])
    m.text = '''%s

Voici le rapport des épreuves de fonction respiratoire réalisées à notre laboratoire pour %s. L'interprétation est au bas du document.

%s

%s
''' % (hello(c, dest[0].split()[0] + ' ' + dest[0].split()[-1]), c.pick(['votre patient(e)', 'la personne référée']),
       thanks(c), c.sig(st['key']))
    return m


def titration_ppc(c):
    m = c.msg('cpap_titration', 'résultats de titration PPC transmis au fournisseur')
    st = c.st(c.pick(['dube', 'desjardins']))
    m.frm = c.who(st['key'])
    m.to = [ext('somno')]
    p = c.holder((25, 90))
    r = K.psg(c)
    press = c.num(7, 14)
    mask = c.pick(['ResMed AirFit N20, taille M', 'F&P Evora narinaire, taille S/M', 'ResMed AirFit F20 facial, taille L',
                   'Philips DreamWear coussinets narinaires, M'])
    m.t('diagnosis', 'lab_result')
    m.subject = c.pick(['Titration PPC - prescription', 'Prescription PPC suite titration du %s' % c.dshort(c.day(-2)),
                        'PPC : pression optimale'])
    idb = ident(c, m, p, layout=c.pick(['lines', 'pipe']))
    m.text = '''Bonjour,

Suite à la nuit de titration en laboratoire, voici la prescription pour l'installation de l'appareil :

%s

Diagnostic : %s (IAH diagnostique %d/h, nadir SpO2 %d %%, T90 %d %%)
Titration : pression optimale %d cm H2O ; IAH résiduel %d/h à cette pression, sommeil paradoxal en décubitus dorsal obtenu.
Prescription : PPC fixe %d cm H2O, rampe auto, humidificateur chauffant niveau 3.
Interface : %s

Suivi d'observance souhaité à 30 jours (données de carte ou télésuivi). Merci de nous aviser si l'utilisation est < 4 h/nuit.

%s
''' % (idb, K.cond(c, 'osa'), r['ahi'], r['nadir'], r['t90'], press, c.num(1, 4), press, mask, c.sig(st['key']))
    if c.chance(0.4):
        m.t('patient_contact')
        m.text = m.text.replace('Diagnostic :', 'Tél. du patient : %s\n\nDiagnostic :' % p.phone)
    return m


def convocation_psg(c):
    m = c.msg('psg_booking', 'convocation à une polysomnographie avec fichier ICS')
    p = c.other()
    m.frm = c.who('hebert')
    email_local = '%s.%s%d' % (C.fold(p.given)[:8], C.fold(p.surname), c.num(1, 99))
    m.to = [(p.name('full'), '%s@courriel.example' % email_local)]
    m.t('patient_contact')  # personal e-mail of the patient is the recipient
    when = c.day(c.num(8, 30))
    import datetime as dt
    t0 = dt.datetime(when.year, when.month, when.day, 20, 30)
    t1 = t0 + dt.timedelta(hours=11)
    nm = m.name(p, c.pick(['title_full', 'title_sur']))
    m.t('diagnosis')
    reason = c.pick(['suspicion d\'apnée obstructive du sommeil',
                     'contrôle d\'une apnée du sommeil traitée par orthèse d\'avancement mandibulaire',
                     'apnée du sommeil probable avec somnolence diurne importante (Epworth %d/24)' % c.num(13, 20)])
    m.t('patient_contact')
    m.subject = 'Convocation - Polysomnographie du %s' % C.fr_date(when)
    m.text = '''%s

Votre polysomnographie (étude du sommeil) est prévue le %s. Présentez-vous à %s à la clinique du sommeil, 3e étage, porte 3.14.

Motif de l'examen : %s.

À apporter : vos médicaments du soir, vêtements de nuit, carte d'assurance maladie. Évitez le café après midi et les siestes le jour de l'examen.
Vous pourrez quitter vers 6 h 30 le lendemain.

Nous vous appellerons la veille au %s pour confirmer. Pour modifier ce rendez-vous, téléphonez au 819 555-0142, poste 2300 (du lundi au vendredi, 8 h à 16 h).

Chantal Hébert
Agente administrative, Clinique du sommeil
%s
''' % ('Bonjour ' + nm + ',', C.fr_date(when, True), c.time(20, 30), reason, p.phone, C.ORG_FR)
    m.attach('ics', 'polysomnographie.ics',
             A.ics('psg-%s@csrdr.example' % c.ident, t0, t1, 'Polysomnographie - ' + p.name('full'),
                   'Clinique du sommeil, 3e étage, porte 3.14', 'Étude du sommeil : ' + reason,
                   ('Clinique du sommeil', 'sommeil@' + C.DOM), [(p.name('full'), m.to[0][1])]))
    return m


def o2_renouvellement(c):
    m = c.msg('oxygen_request', "renouvellement d'oxygénothérapie à domicile au fournisseur")
    p = c.holder()
    st = c.st(c.pick(['theriault', 'theriault', 'cote']))
    m.frm = c.who(st['key'])
    m.to = [ext('oxy')]
    gas, po2, sat = K.abg(c, hyper=c.chance(0.4))
    dx = c.pick(['MPOC sévère avec insuffisance respiratoire chronique', 'fibrose pulmonaire avec hypoxémie de repos',
                 'MPOC GOLD 4, cœur pulmonaire'])
    debit = c.pick(['1,5', '2', '2', '3'])
    m.t('diagnosis', 'lab_result', 'medication')
    m.subject = c.pick(['Renouvellement O2 - %s' % p.name('SUR g'), 'Oxygène domicile : renouvellement annuel',
                        'Ordonnance O2 + concentrateur portatif'])
    if p.name('SUR g') in m.subject:
        m.name(p, 'SUR g')
    idb = ident(c, m, p, layout='lines')
    adr = m.addr(p)
    m.text = '''Bonjour,

Renouvellement de l'ordonnance d'oxygénothérapie à domicile pour :

%s
Adresse de livraison : %s
Téléphone : %s

Diagnostic : %s
Dernier %s (%s)
Ordonnance : O2 %s L/min par lunette nasale, 24 h/24 (minimum 18 h), %s L/min à l'effort.
Équipement : concentrateur fixe + concentrateur portatif (POC) pour les déplacements et la réadaptation.

Merci de confirmer la date de visite de l'inhalothérapeute à domicile.

%s
''' % (idb, adr, m.phone(p), dx, gas, c.dshort(c.day(-c.num(3, 20))), debit,
       c.pick(['3', '4', '4']), c.sig(st['key']))
    return m


def liste_depart(c):
    m = c.msg('census', "liste de départ de l'unité de pneumologie")
    st = c.st(c.pick(['lemieux', 'cote', 'bergeron']))
    m.frm = c.who(st['key'])
    m.to = [('Pneumo - équipe de garde', 'garde.pneumo@' + C.DOM)]
    m.subject = c.pick(['Liste de départ 6e Ouest - %s' % C.fr_date(c.date.date()), 'Sign-out pneumo ce soir',
                        'Liste de garde - unité 6O'])
    rows = [['Ch.', 'Patient', 'Dossier', 'Problème', 'À surveiller / à faire']]
    probs = [('EAMPOC, VNI la nuit', 'gaz de contrôle 22 h ; méthylpred. 40 IV die', ['diagnosis', 'medication']),
             ('pneumonie LID + MPOC', 'pip-tazo J3, hémocultures à suivre', ['diagnosis', 'medication', 'lab_result']),
             ('PID exacerbation', 'O2 6 L, niveau de soins B, famille rencontrée', ['diagnosis', 'medication']),
             ('épanchement pleural D', 'drain retiré 14 h, RX ctrl demain AM', ['diagnosis']),
             ('asthme aigu', 'salbu q4h, sortie prévue demain si DEP > 300', ['diagnosis', 'medication', 'lab_result']),
             ('EP segmentaire', 'apixaban débuté, Hb 98 à recontrôler', ['diagnosis', 'medication', 'lab_result']),
             ('hémoptysie, néo LSD ?', 'bronchoscopie jeudi, NPO minuit', ['diagnosis'])]
    c.rng.shuffle(probs)
    for i in range(c.num(4, 6)):
        p = c.other()
        pr = probs[i]
        m.t(*pr[2])
        rows.append(['6%02d' % c.num(1, 30), m.name(p, c.pick(['SUR_g', 'Sur_g', 'title_sur', 'sur_init', 'upper'])),
                     m.mrn(p, c.pick(['plain', 'dash', 'space'])), pr[0], pr[1]])
    m.table_html = html_table(rows)
    m.text = '''Salut,

Voici la liste pour la nuit. Rien d'instable pour l'instant.

[[TABLE]]

Texte brut au besoin :
%s

Je suis joignable sur mon cell jusqu'à 21 h.
%s
''' % (text_table(rows), c.sig(st['key'], short=True))
    return m


def nodule_suivi(c):
    m = c.msg('nodule_followup', 'demande de TDM de contrôle pour nodule pulmonaire')
    p = c.other()
    st = c.st('lemieux')
    m.frm = c.who('lemieux')
    m.to = [c.who('fillion')]
    if c.chance(0.5):
        m.cc = [ext('radio')]
    n = K.nodule(c)
    m.t('diagnosis', 'lab_result')
    delay = {'3': '6 mois', '4A': '3 mois', '4B': '6 semaines (TEP-TDM à considérer)'}[n['rads']]
    nm = m.name(p, c.pick(['Sur_g', 'SUR_g', 'title_full', 'lower']))
    mrn = m.mrn(p, c.pick(['plain', 'space', 'pref']))
    extra = ''
    if c.chance(0.5):
        extra = '\nDDN : %s' % m.dob(p, c.pick(['iso', 'dmy', 'long']))
    m.subject = c.pick(['Nodule - TDM de contrôle à céduler', 'RDV TDM thorax dans %s' % delay.split(' (')[0],
                        'Suivi nodule %s' % n['lobe']])
    m.text = '''Lucie,

Peux-tu céduler une TDM thoracique faible dose de contrôle dans %s pour :

%s - dossier %s%s

Nodule %s de %d mm au %s, Lung-RADS %s à la TDM du %s (%s). Ancien fumeur, %d paquets-années.
Je %s reverrai en clinique des nodules la semaine suivant l'examen.

Merci !
%s
''' % (delay, nm, mrn, extra, n['kind'], n['size'], n['lobe'], n['rads'], c.dshort(c.day(-c.num(5, 40))),
       c.pick(['Dr Watanabe', 'radiologie CHL']), c.num(20, 55), lui(c, p), c.sig('lemieux', short=True))
    return m


def readaptation_xlsx(c):
    m = c.msg('rehab_intake', 'liste de la cohorte de réadaptation pulmonaire (XLSX)')
    st = c.st(c.pick(['lachance', 'cote']))
    m.frm = c.who(st['key'])
    m.to = [c.who('cote') if st['key'] != 'cote' else c.who('lachance'), c.who('bernier')]
    rows = [['Nom', 'Prénom', 'DDN', 'Dossier', 'Diagnostic', 'TM6 (m)', 'SpO2 nadir', 'O2 effort', 'Remarque']]
    remarks = ['', '', 'diabète insulinotraité', 'prothèse genou G', 'anxiété ++', 'transport adapté',
               'arrêt tabac en cours (varénicline)']
    for i in range(c.num(6, 9)):
        p = c.other()
        dx = c.pick(['MPOC', 'MPOC', 'PID', 'bronchiectasies', 'post-COVID', 'asthme sévère'])
        rows.append([p.surname.upper(), p.given, C.fmt_dob(p.dob, 'iso', 'fr'), p.mrn, dx, c.num(180, 460),
                     '%d %%' % (c.num(82, 87) if i < 3 else c.num(89, 95)), c.pick(['2 L', '3 L']) if i < 3 else '-',
                     c.pick(remarks)])
        m.name(p, 'SUR_g')
        m.dob(p, 'iso')
        m.ids.append(('mrn', p.mrn))
    m.t('mrn', 'diagnosis', 'lab_result', 'medication')
    session = c.pick(['automne', 'hiver', 'janvier-mars'])
    m.attach('xlsx', 'Cohorte_readaptation_%s.xlsx' % session.replace('-', '_'),
             A.xlsx([('Cohorte', rows), ('Horaire', [['Jour', 'Heure', 'Salle'], ['Mardi', '13 h', 'Gymnase B'],
                                                     ['Jeudi', '13 h', 'Gymnase B']])]))
    m.subject = 'Cohorte réadaptation - %s' % session
    m.text = '''Bonjour,

Ci-joint la liste des participants de la cohorte %s avec les résultats du test de marche initial. Trois personnes auront besoin d'O2 à l'effort ; j'ai avisé le POD.

Pouvez-vous vérifier les diagnostics et me dire si quelqu'un doit être exclu ?

%s
''' % (session, c.sig(st['key']))
    return m


def ts_social(c):
    m = c.msg('social_work', 'travailleuse sociale au CLSC : situation sociale et oxygène')
    p = c.other()
    m.frm = c.who('arsenault')
    m.to = [ext('clsc')]
    m.cc = [c.who('theriault')]
    m.t('social_information', 'diagnosis', 'medication')
    nm = m.name(p, c.pick(['title_full', 'full', 'SUR_g']))
    dob = m.dob(p, c.pick(['iso', 'long', 'dmy']))
    adr = m.addr(p)
    sit = c.pick([
        "%s continue de fumer à l'intérieur malgré l'oxygène (2 L/min) ; brûlure à la lunette nasale constatée par l'inhalothérapeute. "
        "Le logement est encombré et le propriétaire menace d'éviction pour loyers impayés." % il(c, p, True),
        "Son conjoint a été accusé de voies de fait en septembre ; %s vit maintenant seul%s avec le concentrateur d'O2 et "
        "n'a plus de revenu depuis la fin de ses prestations d'assurance-emploi. Demande d'aide sociale en cours."
        % (il(c, p), 'e' if p.sex == 'F' else ''),
        "Proche aidante épuisée (fille, 2 enfants) ; %s refuse l'hébergement. Dette de loyer, n'a pas renouvelé "
        "ses médicaments (Trelegy, furosémide) le mois dernier faute d'argent." % il(c, p)])
    m.subject = c.pick(['Demande de service SAD - situation à risque', 'Référence CLSC - usager sous O2 à domicile',
                        'Situation préoccupante - %s' % p.name('title_sur')])
    if p.name('title_sur') in m.subject:
        m.name(p, 'title_sur')
    m.text = '''Bonjour,

Je vous transmets une demande de services au soutien à domicile pour %s (%s le %s), suivi%s chez nous pour une MPOC sévère avec oxygénothérapie à domicile.

Adresse : %s

Situation : %s

Je demande une évaluation OEMC, de l'aide pour l'entretien et un suivi psychosocial. Je reste disponible pour une rencontre conjointe à domicile.

%s
''' % (nm, born(c, p), dob, 'e' if p.sex == 'F' else '', adr, sit, c.sig('arsenault'))
    return m


def ordonnance_pharmacie(c):
    m = c.msg('pharmacy_rx', 'ordonnance transmise à la pharmacie communautaire')
    p = c.holder()
    st = c.st(c.pick(['cote', 'lemieux', 'bergeron', 'whitfield']))
    m.frm = c.who(st['key'])
    m.to = [ext('pharm_fr')]
    kind = c.pick(['copd', 'asthma'])
    md = K.meds(c, kind, 3)
    m.t('medication', 'diagnosis')
    idb = ident(c, m, p, layout=c.pick(['lines', 'inline']))
    m.subject = c.pick(['Ordonnance - changement d\'inhalateur', 'Rx pneumologie', 'Nouvelle ordonnance'])
    m.text = '''Bonjour,

Ordonnance pour :
%s

Dx : %s

1. CESSER l'inhalateur actuel.
2. %s - 1 mois, renouvelable 11 fois
3. %s - renouvelable 5 fois
4. %s

Merci de revoir la technique d'inhalation au moment de la remise et de m'aviser si la couverture RAMQ pose problème (code d'exception au besoin).

%s
Permis CMQ %05d
''' % (idb, K.cond(c, kind), md[0], md[1], md[2], c.sig(st['key']), c.num(80000, 99999) if c.chance(0.5) else c.num(10000, 79999))
    return m


def transport_adapte(c):
    m = c.msg('transport', 'réservation de transport adapté pour la réadaptation')
    p = c.other()
    sk = c.pick(['lachance', 'fillion'])
    m.frm = c.who(sk)
    m.to = [ext('transport')]
    m.t('patient_contact', 'medication', 'diagnosis')
    nm = m.name(p, c.pick(['SUR_g', 'full', 'title_full']))
    d1 = c.day(c.num(3, 8))
    m.subject = c.pick(['Réservation transport - réadaptation pulmonaire', 'Transport adapté mardi/jeudi',
                        'Demande de transport récurrent'])
    extra_line = ''
    if c.chance(0.5):
        extra_line = '\nDate de naissance : %s' % m.dob(p, 'iso')
    m.text = '''Bonjour,

Je voudrais réserver un transport récurrent (mardi et jeudi, 8 semaines à partir du %s) pour :

Usager : %s%s
Adresse de départ : %s
Téléphone : %s
Destination : %s, entrée principale, rendez-vous à 13 h, retour vers 15 h 15

Particularités : MPOC sévère, oxygène portatif 2 L/min (bonbonne fournie), se déplace avec une marchette, ne peut monter plus de 3 marches.

%s
%s
''' % (C.fr_date(d1), nm, extra_line, m.addr(p), m.phone(p), C.ORG_FR, thanks(c),
       c.sig(sk))
    return m


def assurance_invalidite(c):
    m = c.msg('insurer_form', "formulaire d'invalidité à l'assureur avec NAS")
    p = c.other()
    st = c.st(c.pick(['desjardins', 'cote', 'lemieux']))
    m.frm = c.who(st['key'])
    m.to = [ext('boreal')]
    sin = C.gen_sin(c.rng)
    kind = c.pick(['osa', 'copd', 'ipf'])
    m.t('diagnosis', 'medication')
    nm = m.name(p, 'SUR_g')
    dob = m.dob(p, c.pick(['iso', 'dmy']))
    ss = m.sin(sin, c.pick(['space', 'dash', 'plain', 'dots', 'full']))
    treat = ', '.join(['PPC autopilotée 6-14 cm H2O'] + K.meds(c, 'osa', 1) if kind == 'osa' else K.meds(c, kind, 2))
    police = 'GR-%d-%05d' % (c.num(100, 999), c.num(0, 99999))
    limits = {'osa': "somnolence diurne sévère (Epworth 18/24) malgré PPC ; incapacité temporaire à conduire un véhicule lourd",
              'copd': "dyspnée au moindre effort, ne peut soulever plus de 5 kg ni marcher plus de 100 m",
              'ipf': "désaturation à 84 % à l'effort léger, oxygène requis, fatigue importante"}[kind]
    blocks = [('b', 'Déclaration du médecin traitant - Invalidité de courte durée'),
              ('table', [['Champ', 'Réponse'], ['Nom de la personne assurée', nm], ['Date de naissance', dob],
                         ['NAS', ss], ['No de police / certificat', police],
                         ['Diagnostic principal', K.cond(c, kind)], ['Traitement', treat],
                         ['Limitations fonctionnelles', limits], ['Retour au travail prévu', 'réévaluation dans 8 semaines']]),
              ('p', 'Signature : %s %s %s' % (st['title'], st['first'], st['last']))]
    m.attach('docx', c.pick(['Declaration_medecin_%s.docx' % p.surname, 'Formulaire_invalidite.docx']), A.docx('Assurances Boréal', blocks))
    m.subject = c.pick(['Déclaration du médecin - dossier %s' % police, 'Formulaire invalidité complété'])
    m.text = '''Bonjour,

Vous trouverez ci-joint la déclaration du médecin traitant dûment remplie pour votre assuré%s (police %s).
Pour toute question, communiquez avec notre secrétariat au 819 555-0142.

%s
''' % ('e' if p.sex == 'F' else '', police, c.sig(st['key']))
    return m


def permis_conduire(c):
    m = c.msg('driving_report', "rapport médical d'aptitude à conduire (apnée du sommeil)")
    p = c.holder((19, 80))
    sk = c.pick(['desjardins', 'okafor'])
    m.frm = c.who(sk)
    m.to = [ext('permis')]
    r = K.psg(c)
    hrs = c.fl(1.2, 6.8, 1)
    m.t('diagnosis', 'lab_result')
    m.subject = c.pick(['Rapport médical - conducteur', 'Évaluation aptitude à conduire - SAHOS',
                        'Suivi demande d\'évaluation médicale'])
    idb = ident(c, m, p, layout='lines')
    permis = '%s%04d-%06d-%02d' % (p.surname[0].upper(), c.num(1000, 9999), c.num(0, 999999), c.num(0, 99))
    ok = hrs >= 4
    m.text = '''Madame, Monsieur,

En réponse à votre demande d'évaluation médicale :

%s
No de permis : %s (classe %s)

Diagnostic : %s, IAH %d/h, somnolence diurne (Epworth %d/24 au diagnostic).
Traitement : PPC depuis le %s. Observance des 30 derniers jours : %s h/nuit en moyenne, %d %% des nuits > 4 h, IAH résiduel %d/h.

Opinion : %s

%s
''' % (idb, permis, c.pick(['1', '3', '5']), K.cond(c, 'osa'), r['ahi'], r['ess'], c.dshort(c.day(-c.num(40, 200))),
       c.dec(hrs), c.num(70, 96) if hrs >= 4 else c.num(18, 50), c.num(1, 9),
       'traitement efficace et bien toléré ; aucune contre-indication à la conduite à ce jour.' if ok else
       "observance insuffisante ; je recommande la suspension du permis de classe 1 jusqu'à réévaluation dans 3 mois.",
       c.sig(sk))
    return m


def alpha1(c):
    m = c.msg('lab_followup', "résultat d'alpha-1 antitrypsine au médecin de famille")
    p = c.other()
    sk = c.pick(['bergeron', 'lemieux'])
    m.frm = c.who(sk)
    m.to = [('Dr Philippe Auclair', 'pauclair@gmf-vieuxmoulin.example')]
    m.t('lab_result', 'diagnosis')
    val = c.pick([('0,28', 'PiZZ'), ('0,62', 'PiSZ'), ('0,91', 'PiMZ')])
    nm = m.name(p, c.pick(['title_full', 'Sur_g', 'full']))
    mrn = m.mrn(p, c.pick(['plain', 'dash']))
    fam = ''
    if val[1] in ('PiZZ', 'PiSZ'):
        fam = ("\nUn dépistage familial (fratrie, enfants) est recommandé. Je %s vois le %s pour discuter d'un traitement "
               "d'augmentation (Zemaira) ; DLCO à 52 %%, emphysème panlobulaire aux bases." % (lui(c, p), C.fr_date(c.day(c.num(5, 20)))))
        m.t('medication')
    m.subject = c.pick(['Résultat A1AT', 'Alpha-1 antitrypsine - résultat anormal', 'RE: dosage alpha-1'])
    m.text = '''Bonjour Dr Auclair,

Pour faire suite à notre conversation : le dosage d'alpha-1 antitrypsine de %s (dossier %s) est revenu à %s g/L (N : 1,0-2,0), phénotype %s.%s

Cordialement,
%s
''' % (nm, mrn, val[0], val[1], fam, c.sig(sk))
    return m


def absence_rdv(c):
    m = c.msg('no_show', 'absence au rendez-vous, relance interne')
    p = c.other()
    m.frm = c.who('fillion')
    m.to = [c.who(c.pick(['bernier', 'theriault', 'cote']))]
    m.t('patient_contact', 'diagnosis', 'medication')
    nm = m.name(p, c.pick(['full', 'SUR_g', 'lower', 'title_sur']))
    m.subject = c.pick(['Absence - %s' % p.name('title_sur'), 'Patient absent ce matin', '2e absence sans avis'])
    if p.name('title_sur') in m.subject:
        m.name(p, 'title_sur')
    m.text = '''%s

%s ne s'est pas présenté%s à %s ce matin (clinique MPOC, %s). C'est la %s absence cette année.
J'ai essayé de joindre au %s (boîte vocale pleine) et au cellulaire de sa fille, %s, sans succès.

Dans la note de triage : sous O2 2 L, dernière hospitalisation pour EAMPOC en août. Voulez-vous qu'on envoie une lettre ou qu'on demande une visite du CLSC ?

Lucie
Poste 2202
''' % (hello(c, m.to[0][0].split()[0]), nm, 'e' if p.sex == 'F' else '', 'son rendez-vous', c.time(9, 30),
       c.pick(['2e', '3e']), m.phone(p), C.rand_phone(c.rng))
    return m
def aide_sociale(c):
    m = c.msg('income_support', "rapport médical pour l'aide financière de dernier recours avec NAS")
    p = c.other(age=(45, 64))
    m.frm = c.who('arsenault')
    m.to = [("Aide financière de dernier recours - évaluation médicale", 'evaluation.medicale@aide-financiere.example')]
    sin = C.gen_sin(c.rng)
    m.t('social_information', 'diagnosis', 'medication', 'lab_result')
    nm = m.name(p, c.pick(['SUR_g', 'full', 'upper']))
    dob = m.dob(p, c.pick(['iso', 'dmy', 'long']))
    ss = m.sin(sin, c.pick(['space', 'dash', 'plain', 'dots', 'full']))
    dossier = 'AF-%07d' % c.num(0, 9999999)
    m.subject = c.pick(['Rapport médical - contraintes sévères à l\'emploi', 'Demande de reconnaissance de contraintes - dossier %s' % dossier])
    m.text = '''Bonjour,

Je vous transmets, au nom du Dr Côté, le rapport médical pour la demande de reconnaissance de contraintes sévères à l'emploi :

Prestataire : %s
Date de naissance : %s
NAS : %s
No de dossier : %s

Diagnostic : MPOC très sévère (VEMS %d %% de la prédite), insuffisance respiratoire chronique sous oxygène %s L/min 24 h/24.
Médication : Trelegy Ellipta, Ventolin au besoin, furosémide 40 mg.
Limitations : dyspnée au moindre effort, ne peut marcher plus de 50 m ni soulever plus de 5 kg ; état permanent.

Situation : %s vit seul%s dans un logement au 3e étage sans ascenseur ; ses prestations actuelles ne couvrent pas le loyer et %s a dû emprunter pour payer la franchise de ses médicaments.

%s
''' % (nm, dob, ss, dossier, c.num(19, 29), c.pick(['2', '2,5', '3']), il(c, p), 'e' if p.sex == 'F' else '', il(c, p),
       c.sig('arsenault'))
    return m


def dossier_seulement(c):
    m = c.msg('critical_result', 'valeur critique signalée avec le seul numéro de dossier')
    p = c.other()
    m.frm = ('Laboratoire - biochimie', 'biochimie@lrbm.example')
    m.to = [c.who(c.pick(['cote', 'lemieux', 'greer']))]
    m.cc = [('Pneumo - équipe de garde', 'garde.pneumo@' + C.DOM)]
    mrn = m.mrn(p, c.pick(['space', 'dots', 'slash', 'full', 'dash']))
    res = c.pick([("Hémocultures 2/2 positives : cocci Gram positif en chaînettes (S. pneumoniae probable)", ['lab_result', 'diagnosis']),
                  ("Gaz artériel 06 h 10 : pH 7,21 / PaCO2 84 / PaO2 58 sous 2 L", ['lab_result']),
                  ("Théophyllinémie 148 µmol/L (zone toxique) sous Uniphyl 400 mg", ['lab_result', 'medication']),
                  ("Potassium 2,6 mmol/L sous salbutamol en continu et prednisone", ['lab_result', 'medication'])])
    m.t(*res[1])
    m.subject = c.pick(['VALEUR CRITIQUE - dossier %s' % mrn, 'Résultat critique à communiquer', 'Valeur critique - 6e Ouest'])
    m.text = '''Valeur critique - à communiquer au médecin traitant

Dossier : %s (unité 6e Ouest, ch. %d)
%s
Prélevé à %s, validé par la technologiste.

Communication téléphonique tentée au poste de garde à %s sans réponse ; merci d'accuser réception.

Laboratoire régional de biologie médicale
Ligne des valeurs critiques : 819 555-0177
''' % (mrn, c.num(601, 630), res[0], c.time(c.num(0, 7), c.num(0, 59)), c.time(c.num(7, 9), c.num(0, 59)))
    return m


PLAN = [(ref_gmf, 2), (lfp_rapport, 2), (titration_ppc, 2), (convocation_psg, 2), (o2_renouvellement, 2), (liste_depart, 2), (nodule_suivi, 2), (readaptation_xlsx, 2), (ts_social, 2), (ordonnance_pharmacie, 2), (transport_adapte, 2), (assurance_invalidite, 2), (permis_conduire, 2), (alpha1, 2), (absence_rdv, 1),
        (aide_sociale, 1), (dossier_seulement, 2)]
