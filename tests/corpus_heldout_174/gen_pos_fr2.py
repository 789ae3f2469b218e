"""Positive (confidential) messages in French — part 2 (threads, attachments, foreign identifiers)."""
import datetime as dt

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_mime import text_table
from gen_model import M
from gen_text import born, ext, hello, ident, il, inner_eml, lui, quote, thanks


def _perso_mail(c, p):
    return '%s.%s@%s' % (C.fold(p.given)[:10], C.fold(p.surname), c.pick(['courriel.example', 'boitemail.example',
                                                                           'videoweb.example']))


def transfert_patient(c):
    m = c.msg('forward', "courriel d'un patient transféré à l'infirmière")
    p = c.other()
    st = c.st(c.pick(['fillion', 'hebert']))
    m.frm = c.who(st['key'])
    nurse = c.pick(['bernier', 'theriault'])
    m.to = [c.who(nurse)]
    when = c.earlier(c.num(3, 40))
    pm = _perso_mail(c, p)
    m.t('patient_contact', 'medication', 'diagnosis')
    sig_name = m.name(p, c.pick(['full', 'given']))
    if sig_name == p.given:
        m.name(p, 'full')
    sym = c.pick([("Depuis dimanche, je crache jaune-vert et je suis plus essoufflé%s que d'habitude. J'ai commencé "
                   "le plan d'action (prednisone et l'antibiotique) hier soir comme Julie m'avait montré." %
                   ('e' if p.sex == 'F' else ''), ['diagnosis']),
                  ("Mon saturomètre indique 85-86 %% au repos depuis ce matin même avec l'oxygène à 2 litres. "
                   "Est-ce que je peux monter à 3 ?", ['lab_result']),
                  ("Ma pompe Breo est finie et la pharmacie dit que l'ordonnance est expirée. Je n'ai plus que "
                   "le Ventolin et je tousse la nuit.", [])])
    m.t(*sym[1])
    orig_subj = c.pick(['question', 'Besoin d\'aide svp', 'mes pompes', 'essoufflement'])
    m.subject = 'TR: ' + orig_subj
    m.text = '''%s, peux-tu rappeler cette personne aujourd'hui ? Elle est suivie à la clinique MPOC (dossier %s).

%s

%s

Bonjour,

C'est %s. %s

Vous pouvez me rejoindre au %s, je suis à la maison toute la journée.

Merci
%s
''' % (C.STAFF[nurse]['first'], m.mrn(p, c.pick(['plain', 'space'])), c.sig(st['key'], short=True),
       c.fwd_block(when, '%s <%s>' % (p.name('full'), pm), 'info.mpoc@' + C.DOM, orig_subj),
       p.name('full'), sym[0], m.phone(p), sig_name)
    return m


def reponse_citee(c):
    m = c.msg('reply', "réponse avec message cité sur un suivi clinique")
    p = c.holder((45, 100))
    a, b = c.pick([('theriault', 'cote'), ('bernier', 'lemieux'), ('vachon', 'bergeron'), ('theriault', 'lemieux')])
    m.frm = c.who(b)
    m.to = [c.who(a)]
    c.reply_headers(m)
    when = c.earlier(c.num(2, 20))
    idb = ident(c, m, p, layout='inline')
    m.t('lab_result', 'medication', 'diagnosis')
    sc = c.cycle('reponse_fr', 3)
    if sc == 0:
        subj = "Visite à domicile - désaturation à l'effort"
        orig = (("Visite à domicile ce matin chez %s.\nAu repos sous 2 L : SpO2 91 %%. Au test de marche dans le corridor "
                 "(4 min) : nadir 83 %% à 2 L, 89 %% à 4 L.\nŒdème des MI +2, prise de poids de 3 kg en 10 jours. Dit "
                 "prendre son Lasix \"quand %s y pense\".\n\nEst-ce que j'augmente le débit à l'effort et je vous %s "
                 "réfère pour l'insuffisance cardiaque droite ?") % (idb, il(c, p), lui(c, p)))
        rep = ("Oui, go pour 4 L/min à l'effort et garde 2 L au repos. J'ajoute furosémide 40 mg die fixe et je demande "
               "un écho cardiaque + BNP. Je %s vois en clinique dans 2 semaines, peux-tu demander à Lucie de céduler ?" % lui(c, p))
    elif sc == 1:
        subj = 'Spiro de contrôle - question'
        orig = (("Spiro de contrôle faite aujourd'hui pour %s.\nVEMS 1,02 L (38 %%), baisse de 180 mL depuis mars. "
                 "%s dit utiliser son Ventolin 6-8 fois par jour et a fait 2 EAMPOC cet automne (prednisone x2).\n"
                 "Toujours sous Anoro seulement. On passe à la trithérapie ?") % (idb, il(c, p, True)))
        rep = ("Oui : cesser Anoro, débuter Trelegy 100 1 inh. die, et ajouter azithromycine 250 mg 3x/sem. si ECG "
               "correct (QTc). Référence en réadaptation aussi. Merci !")
    else:
        subj = 'Résultat gaz capillaire'
        orig = (("Gaz capillaire de %s à la clinique : pH 7,35, pCO2 58, HCO3 32. Somnolent%s le jour, céphalées "
                 "matinales, IMC 44.\nJe pense à une hypoventilation, qu'en dis-tu ?") % (idb, 'e' if p.sex == 'F' else ''))
        rep = ("D'accord avec toi, probable syndrome obésité-hypoventilation. On demande une PSG avec capnographie en "
               "priorité et je %s mets sur la liste BiPAP. Pas de sédatifs d'ici là (arrêter la zopiclone)." % lui(c, p))
    m.subject = 'RE: ' + subj
    orig = 'Bonjour %s,\n\n%s\n\n%s' % (C.STAFF[b]['title'] + ' ' + C.STAFF[b]['last'] if C.STAFF[b]['title'] else
                                          C.STAFF[b]['first'], orig, C.STAFF[a]['first'])
    m.text = '''%s

%s

%s

%s
''' % (rep, c.sig(b, short=True), c.sent_line(when, '%s %s' % (C.STAFF[a]['first'], C.STAFF[a]['last']),
                                           C.STAFF[a]['email']), quote(orig))
    return m


def med_exception(c):
    m = c.msg('special_authorization', "demande de médicament d'exception pour un biologique")
    p = c.holder((18, 80))
    sk = c.pick(['whitfield', 'bergeron'])
    m.frm = c.who(sk)
    m.to = [ext('ramqx')]
    drug = c.pick(['Nucala (mépolizumab) 100 mg SC q4 semaines', 'Fasenra (benralizumab) 30 mg SC q8 semaines',
                   'Dupixent (dupilumab) 300 mg SC q2 semaines', 'Tezspire (tézépélumab) 210 mg SC q4 semaines'])
    eos = c.dec(c.fl(0.3, 1.2, 2), 2)
    m.t('medication', 'diagnosis', 'lab_result')
    idb = ident(c, m, p, layout='lines')
    m.subject = c.pick(["Demande d'autorisation - médicament d'exception", 'Biologique asthme sévère - nouvelle demande',
                        'Demande %s' % drug.split(' ')[0]])
    m.text = '''Bonjour,

Veuillez trouver la demande de médicament d'exception pour :

%s

Médicament demandé : %s
Indication : asthme sévère éosinophilique non maîtrisé malgré CSI dose élevée + BALA (Symbicort 200/6 2 inh. bid) et montélukast.
Éosinophiles sanguins : %s x 10^9/L (%s) ; FeNO %d ppb ; VEMS %d %% de la prédite.
Exacerbations dans les 12 derniers mois : %d, dont %d ayant nécessité prednisone orale et 1 visite à l'urgence.
ACQ-6 : %s.

Je demeure disponible pour tout complément d'information.

%s
''' % (idb, drug, eos, c.dshort(c.day(-c.num(10, 60))), c.num(25, 90), c.num(45, 75), c.num(2, 5), c.num(2, 4),
       c.dec(c.fl(1.6, 3.8, 1)), c.sig(sk))
    return m


def sommaire_depart(c):
    m = c.msg('discharge', 'résumé de départ (DOCX) après exacerbation de MPOC')
    p = c.other(age=(55, 90))
    sk = c.pick(['cote', 'lemieux', 'greer'])
    m.frm = c.who(sk)
    m.to = [c.pick([('Dr Philippe Auclair', 'pauclair@gmf-vieuxmoulin.example'), ext('gmf')])]
    adm = c.day(-c.num(6, 12))
    dis = c.day(-c.num(1, 3))
    m.t('diagnosis', 'medication', 'lab_result')
    nm = m.name(p, 'SUR_g')
    dob = m.dob(p, 'iso')
    mrn = m.mrn(p, 'plain')
    blocks = [('table', [['Patient', nm], ['Date de naissance', dob], ['Dossier', mrn],
                         ['Admission', adm.isoformat()], ['Départ', dis.isoformat()], ['Unité', '6e Ouest - pneumologie']]),
              ('h', 'Diagnostic principal'), ('p', 'Exacerbation aiguë de MPOC (EAMPOC) d\'origine infectieuse, '
                                                   'insuffisance respiratoire hypercapnique aiguë'),
              ('h', 'Évolution'), ('p', 'pH 7,29 / PaCO2 68 à l\'admission, VNI x 48 h. Méthylprednisolone puis prednisone, '
                                       'ceftriaxone IV relayée par amoxicilline-clavulanate. Culture d\'expectoration : '
                                       'H. influenzae. Sevrage de la VNI au jour 3.'),
              ('h', 'Médication au départ'),
              ('p', 'Prednisone 40 mg die x 2 jours puis cesser ; Amoxi-clav 875 mg bid x 3 jours ; Trelegy Ellipta 1 inh. die ; '
                    'Ventolin HFA 2 inh. q4h PRN ; O2 1,5 L/min au repos (nouveau)'),
              ('h', 'Suivi'), ('p', 'Clinique MPOC dans 4 semaines ; programme d\'O2 à domicile avisé ; gaz de contrôle à 6 semaines ; '
                                   'référence en réadaptation pulmonaire faite.')]
    fname = c.pick(['Resume_depart_%s_%s.docx' % (p.surname, dis.strftime('%Y%m%d')), 'Résumé de départ %s.docx' % p.surname,
                    'sommaire_%s.docx' % mrn])
    m.attach('docx', fname, A.docx('Résumé de départ - pneumologie', blocks))
    m.subject = c.pick(['Résumé de départ', 'Congé 6e Ouest - résumé', 'Sommaire d\'hospitalisation pour suivi'])
    m.text = '''Bonjour,

Votre patient%s a reçu son congé le %s. Le résumé de départ est en pièce jointe ; à noter le début d'une oxygénothérapie à domicile.

%s
''' % ('e' if p.sex == 'F' else '', C.fr_date(dis), c.sig(sk))
    return m


def belgique_niss(c):
    m = c.msg('international', 'patiente ou patient belge : facturation à la mutualité avec NISS')
    p = c.other('be', age=(25, 75))
    m.frm = c.who(c.pick(['fillion', 'beaulieu']))
    m.to = [ext('mut')]
    niss = C.gen_niss(c.rng, p.dob, p.sex)
    m.t('diagnosis', 'medication')
    nm = m.name(p, c.pick(['SUR_g', 'full', 'title_full']))
    dob = m.dob(p, c.pick(['dmy', 'dmydot', 'long']))
    ns = m.niss(niss, c.pick(['std', 'plain', 'space', 'slash', 'full']))
    dx = c.pick(['crise d\'asthme sévère nécessitant nébulisations et prednisone', 'pneumothorax spontané droit drainé',
                 'pneumonie communautaire lobaire inférieure gauche'])
    m.subject = c.pick(['Prise en charge - soins urgents au Canada', 'Demande de garantie de paiement - NISS %s' % ns])
    m.text = '''Madame, Monsieur,

Nous avons pris en charge le %s votre affilié%s :

%s, %s le %s
Numéro de registre national (NISS) : %s

Motif : %s. Traitement : salbutamol, ipratropium, prednisone 50 mg x 5 jours.
Le séjour a duré %d heures au service d'urgence respiratoire. La personne a indiqué être couverte par votre assurance voyage (contrat Mut-Assist).

Pourriez-vous nous confirmer la prise en charge afin que nous puissions vous adresser la facture détaillée ?

%s
%s
''' % (C.fr_date(c.day(-c.num(2, 10))), 'e' if p.sex == 'F' else '', nm, born(c, p), dob, ns, dx, c.num(8, 40),
       thanks(c), ORG_SIG(c))
    return m


def ORG_SIG(c):
    return 'Service de la facturation\n%s\n%s\nTél. %s' % (C.ORG_FR, C.ORG_ADDR_FR, C.ORG_PHONE)


def france_nir(c):
    m = c.msg('international', 'étudiant ou étudiante de France : attestation de soins avec NIR')
    p = c.other('fra', age=(19, 30))
    sk = c.pick(['desjardins', 'whitfield', 'bergeron'])
    m.frm = c.who(sk)
    m.to = [ext('cam')]
    nir = C.gen_nir(c.rng, p.dob, p.sex)
    nm = m.name(p, c.pick(['upper', 'SUR_g', 'full']))
    dob = m.dob(p, c.pick(['dmy', 'long']))
    ns = m.nir(nir, c.pick(['std', 'plain', 'dash', 'key', 'full']))
    what = c.pick([('asthme allergique, spirométrie avec réversibilité de 18 %', 'Flovent 125 mcg 2 inh. bid et Ventolin au besoin'),
                   ('apnée obstructive du sommeil modérée (IAH 22/h) à la polygraphie',
                    'orthèse d\'avancement mandibulaire ; zopiclone 3,75 mg au besoin pour l\'adaptation'),
                   ('pneumothorax spontané primaire gauche, TDM : bulles apicales', 'drainage thoracique puis acétaminophène et hydromorphone au congé')])
    m.t('diagnosis', 'lab_result', 'medication')
    m.subject = c.pick(['Attestation de soins - étudiant(e) en échange', 'Demande de remboursement soins à l\'étranger'])
    m.text = '''Bonjour,

À la demande de l'intéressé%s, je vous transmets l'attestation de soins suivante :

Nom : %s
Né%s le : %s
N° de sécurité sociale (NIR) : %s

Suivi dans notre centre depuis septembre pour : %s.
Traitement : %s.
Nombre de consultations : %d (détail des frais joint par la facturation).

%s
''' % ('e' if p.sex == 'F' else '', nm, 'e' if p.sex == 'F' else '', dob, ns, what[0], what[1], c.num(2, 5), c.sig(sk))
    return m


def ontario_fr(c):
    m = c.msg('out_of_province', "patient de l'Ontario : transmission de résultats avec numéro de carte Santé")
    p = c.other(age=(40, 85))
    p.addr = C.rand_addr_on(c.rng)
    sk = c.pick(['vachon', 'bergeron'])
    m.frm = c.who(sk)
    m.to = [ext('rgh')]
    hn = C.gen_ohip(c.rng)
    sp = K.spiro(c, c.pick(['mod', 'sev']))
    m.t('lab_result', 'diagnosis', 'patient_contact')
    nm = m.name(p, 'SUR_g')
    dob = m.dob(p, 'iso')
    oh = m.ohip(hn, c.pick(['dashvc', 'space', 'plain', 'dash', 'full']), vc=c.pick(['AB', 'KT', 'XR']))
    m.subject = 'Résultats EFR - résidente/résident de l\'Ontario'
    m.text = '''Bonjour,

Voici les résultats des épreuves respiratoires réalisées chez nous pour une personne résidant en Ontario ; la facturation interprovinciale suivra.

%s - DDN %s
Carte Santé de l'Ontario : %s
Adresse : %s

%s
Conclusion : syndrome obstructif compatible avec une MPOC.

%s
''' % (nm, dob, oh, m.addr(p), sp['line'], c.sig(sk))
    return m


def sujet_seulement(c):
    m = c.msg('results', "résultats d'oxymétrie dont le nom n'apparaît que dans l'objet")
    p = c.other()
    sk = c.pick(['theriault', 'dube'])
    m.frm = c.who(sk)
    m.to = [c.who(c.pick(['desjardins', 'cote']))]
    m.t('lab_result')
    nm = m.name(p, c.pick(['SUR_g', 'sur_init', 'lower_sg', 'upper']))
    m.subject = c.pick(['%s - oxymétrie nocturne', 'Oxymétrie de nuit %s', '%s : résultats oxymétrie'])
    m.subject = m.subject % nm
    odi = c.num(12, 38)
    m.text = '''Bonjour,

Tracé de la nuit dernière (à l'air ambiant) :
- SpO2 moyenne %d %%, nadir %d %%
- T90 : %d %% du temps d'enregistrement
- IDO 3 %% : %d/h, aspect en dents de scie évocateur d'événements obstructifs

Je pense qu'une polysomnographie serait indiquée avant de décider de l'O2 nocturne. Je vous laisse voir.

%s
''' % (c.num(88, 92), c.num(74, 83), c.num(9, 35), odi, c.sig(sk, short=True))
    return m


def nom_fichier(c):
    m = c.msg('results', "rapport joint dont seul le nom de fichier identifie la personne")
    p = c.other()
    sk = c.pick(['vachon', 'dube', 'kowalski'])
    m.frm = c.who(sk)
    m.to = [c.who(c.pick(['bergeron', 'desjardins']))]
    m.t('lab_result', 'diagnosis')
    m.name(p, 'Sur_g')
    kind = c.pick(['tm6', 'psg'])
    if kind == 'tm6':
        fn = c.pick(['TM6_%s_%s.pdf' % (p.surname, p.given), '%s-%s_test_de_marche.pdf' % (p.surname.upper(), p.given[0])])
        lines = ['Test de marche de 6 minutes', 'Distance : %d m (%d %% de la prédite)' % (c.num(150, 420), c.num(35, 80)),
                 'SpO2 repos %d %% ; nadir %d %% à la minute %d' % (c.num(90, 96), c.num(79, 87), c.num(2, 5)),
                 'Borg dyspnée 7/10 ; arrêt x1 (45 s)', 'Conclusion : désaturation significative à l\'effort ; '
                 'titration O2 d\'effort recommandée (MPOC sévère).']
        body = 'Test de marche de ce matin en pièce jointe. Désaturation à l\'effort, on en parle au caucus ?'
    else:
        fn = c.pick(['PSG_%s_%s.pdf' % (p.surname.upper(), p.given), 'polysomno %s %s.pdf' % (p.given, p.surname)])
        r = K.psg(c)
        lines = ['Polysomnographie diagnostique', 'Temps total de sommeil : %d min, efficacité %d %%' % (c.num(280, 410), c.num(62, 91)),
                 'IAH : %d/h (dorsal %d/h) ; IDO %d/h' % (r['ahi'], r['ahi'] + c.num(5, 20), r['ahi'] - c.num(1, 5)),
                 'Nadir SpO2 %d %%, T90 %d %%' % (r['nadir'], r['t90']),
                 'Conclusion : SAHOS sévère. Titration PPC recommandée.']
        body = 'Rapport de PSG prêt pour signature. Apnée sévère, je propose une titration rapidement.'
    m.attach('pdf', fn, A.pdf('Rapport', lines, header=C.ORG_FR))
    m.subject = c.pick(['Rapport à signer', 'Pour signature', 'Rapport prêt'])
    m.text = '''%s

%s

%s
''' % (hello(c), body, c.sig(sk, short=True))
    return m


def zip_transfert(c):
    m = c.msg('transfer', 'dossiers de fonction pulmonaire transmis en ZIP à un autre établissement')
    m.frm = c.who('vachon')
    m.to = [ext('rgh')]
    members = []
    rows = [['nom', 'prenom', 'ddn', 'dossier', 'examen', 'date', 'VEMS_L', 'VEMS_pct', 'DLCO_pct']]
    for i in range(c.num(2, 3)):
        p = c.other()
        sev = c.pick(['mod', 'sev', 'rest'])
        sp = K.spiro(c, sev)
        nm = m.name(p, 'SUR_g')
        m.dob(p, 'iso')
        m.mrn(p)
        d = c.day(-c.num(5, 90))
        lines = ['**%s - dossier %s - DDN %s' % (nm, p.mrn, p.dob.isoformat()), 'Examen du %s' % d.isoformat(), sp['line'],
                 'Interprétation : %s' % {'mod': 'syndrome obstructif modéré', 'sev': 'syndrome obstructif sévère',
                                          'rest': 'syndrome restrictif, DLCO abaissée'}[sev]]
        members.append(('LFP_%s_%s.pdf' % (p.surname.upper(), d.strftime('%Y%m%d')), A.pdf('Rapport LFP', lines, header=C.ORG_FR)))
        rows.append([p.surname, p.given, p.dob.isoformat(), p.mrn, 'spiro+volumes+DLCO', d.isoformat(),
                     '%.2f' % sp['fev1'], sp['fev1p'], sp['dlco']])
    members.append(('index.csv', A.csv_bytes(rows, ';', 'utf-8')))
    m.t('lab_result', 'diagnosis')
    m.attach('zip', c.pick(['transfert_LFP.zip', 'dossiers_%s.zip' % c.date.strftime('%Y%m%d')]), A.zip_bytes(members))
    m.subject = c.pick(['Transfert de résultats - demande du %s' % c.dshort(c.day(-3)), 'Résultats demandés (ZIP)'])
    m.text = '''Bonjour,

Suite à votre demande d'accès (autorisations signées reçues), voici les rapports de fonction pulmonaire. Le mot de passe du fichier vous sera communiqué par téléphone.

%s
''' % c.sig('vachon')
    return m


def vcard_fournisseur(c):
    m = c.msg('oxygen_setup', "coordonnées d'un patient (vCard) envoyées au fournisseur d'oxygène")
    p = c.other(age=(55, 90))
    m.frm = c.who('theriault')
    m.to = [ext('oxy')]
    m.t('patient_contact', 'medication', 'diagnosis', 'lab_result')
    m.name(p, 'full')
    street, city, post = C.split_addr(p.addr)
    card = A.vcf(p.given, p.surname, tel=[('HOME', p.phone), ('CELL', C.rand_phone(c.rng))],
                 addr=(street, city, 'QC', post), note='Sous O2 - chien dans la cour, sonner 2 fois')
    m.attach('vcf', '%s %s.vcf' % (p.given, p.surname), card)
    m.subject = c.pick(['Nouvelle installation O2', 'Installation concentrateur - nouveau client'])
    m.text = '''Bonjour,

Nouvelle installation à prévoir cette semaine : concentrateur 5 L + POC, O2 %s L/min 24 h/24 (MPOC sévère, PaO2 %d).
Les coordonnées sont dans la carte jointe. La personne préfère être appelée en après-midi.

%s
''' % (c.pick(['1', '2', '2,5']), c.num(48, 55), c.sig('theriault'))
    return m


def eml_observance(c):
    m = c.msg('cpap_compliance', "rapport d'observance PPC du fournisseur transmis en pièce jointe .eml")
    p = c.holder((30, 85))
    sk = c.pick(['desjardins', 'okafor'])
    m.frm = c.who('hebert')
    m.to = [c.who(sk)]
    inner = M('fr', 'cpap_compliance', '', True)
    inner.frm = ('SomnoPlus - Suivi clinique', 'suivi@somnoplus.example')
    inner.to = [('Clinique du sommeil', 'sommeil@' + C.DOM)]
    inner.subject = c.pick(['Rapport d\'observance 90 jours', 'Observance PPC - faible utilisation'])
    hrs = c.fl(1.5, 3.9, 1)
    inner.t('lab_result', 'diagnosis')
    idb = ident(c, inner, p, layout='lines')
    inner.text = '''Bonjour,

Rapport d'observance pour :
%s

Diagnostic : SAHOS sévère (IAH initial %d/h)
Période : 90 derniers jours
Utilisation moyenne : %s h/nuit ; nuits > 4 h : %d %%
IAH résiduel : %d/h ; fuites 95e percentile : %d L/min
Appareil : AirSense 11 AutoSet, pression 6-15 cm H2O

La personne rapporte de la claustrophobie avec le masque facial et une congestion nasale. Nous proposons un essai de masque narinaire.

Équipe clinique SomnoPlus''' % (idb, c.num(31, 70), c.dec(hrs), c.num(15, 45), c.num(4, 14), c.num(18, 40))
    when = c.earlier(c.num(20, 70))
    data = inner_eml(c, m, inner, when)
    m.attach('eml', c.pick(['Observance PPC.eml', 'TR rapport observance.eml', 'rapport_somnoplus.eml']), data)
    m.subject = c.pick(['TR: rapport d\'observance (voir pièce jointe)', 'Observance insuffisante - à revoir'])
    m.text = '''%s

Le fournisseur nous a envoyé le rapport ci-joint. Voulez-vous que je devance le rendez-vous de suivi ?

Chantal
''' % hello(c, C.STAFF[sk]['title'] + ' ' + C.STAFF[sk]['last'])
    return m


def csv_observance(c):
    m = c.msg('cpap_compliance', "export CSV d'observance PPC de plusieurs patients")
    m.frm = c.who('dube')
    m.to = [c.who('desjardins'), c.who('okafor')]
    rows = [['Nom', 'Prénom', 'Dossier', 'Appareil', 'Heures/nuit', '% nuits >4h', 'IAH résiduel', 'Commentaire']]
    for i in range(c.num(5, 8)):
        p = c.other()
        h = c.fl(0.8, 7.5, 1)
        rows.append([p.surname, p.given, p.mrn, c.pick(['AirSense 11', 'DreamStation 2', 'Luna G3']), '%.1f' % h,
                     min(100, int(h * 14)), c.num(1, 15), c.pick(['', '', 'fuites', 'ne tolère pas le masque', 'à rappeler'])])
        m.name(p, 'Sur_g')
        m.mrn(p)
    m.t('lab_result')
    enc = c.pick(['utf-8', 'windows-1252'])
    m.attach('csv', 'observance_%s.csv' % c.date.strftime('%Y-%m'), A.csv_bytes(rows, ';', enc), charset=enc)
    m.subject = 'Observance PPC - export mensuel'
    m.text = '''Bonjour,

Export du télésuivi pour le mois. Les lignes sous 4 h/nuit sont à revoir en priorité.

%s
''' % c.sig('dube', short=True)
    return m


def note_rapide(c):
    m = c.msg('quick_note', 'note rapide entre collègues sur une désaturation nocturne')
    p = c.other(age=(50, 90))
    a, b = c.pick([('greer', 'cote'), ('theriault', 'lemieux'), ('bernier', 'cote')])
    m.frm = c.who(a)
    m.to = [c.who(b)]
    m.t('lab_result', 'medication')
    nm = m.name(p, c.pick(['lower', 'lower_sg', 'given']))
    if nm == p.given:
        extra = ' (ch. %d, %s)' % (c.num(601, 630), m.name(p, 'sur_init'))
    else:
        extra = ' ch %d' % c.num(601, 630)
    m.subject = c.pick(['cette nuit', 'ch. 6O', 'fyi', 'O2'])
    m.text = '''%s%s a désaturé à %d %% vers 3 h, remonté à 92 avec 3 L. gaz: pH 7.3%d pco2 %d. j'ai mis la bipap 14/6 et redonné 40 de solumedrol. rx ce matin sans nouveauté.

à réévaluer à ta tournée
%s
''' % (nm, extra, c.num(78, 85), c.num(1, 4), c.num(52, 66), C.STAFF[a]['first'][0].lower() + C.STAFF[a]['last'][0].lower())
    return m


def enseignement(c):
    m = c.msg('education', "inscription d'une personne à l'enseignement asthme ou MPOC")
    p = c.other()
    sk = c.pick(['cote', 'whitfield', 'lemieux'])
    m.frm = c.who(sk)
    m.to = [c.who('bernier')]
    kind = c.pick(['copd', 'asthma'])
    md = K.devices(c, kind)
    dx = K.cond(c, kind)
    m.t('diagnosis', 'medication', 'patient_contact')
    nm = m.name(p, c.pick(['full', 'SUR_g', 'title_full']))
    m.subject = c.pick(['Enseignement - technique d\'inhalation', 'Référence centre d\'enseignement', 'Plan d\'action à faire'])
    m.text = '''Julie,

Peux-tu voir %s (%s) pour l'enseignement ? %s, symptômes mal maîtrisés. Je soupçonne une mauvaise technique : %s utilise son %s sans chambre d'espacement et oublie souvent de prendre son %s.
Plan d'action écrit à faire (prednisone 40 mg x 5 j en réserve).

Téléphone : %s, préfère les rendez-vous en avant-midi.

Merci !
%s
''' % (nm, m.mrn(p, 'plain') if c.chance(0.5) else m.dob(p, 'dmy'), dx[0].upper() + dx[1:],
       il(c, p), md[0], md[1], m.phone(p), c.sig(sk, short=True))
    return m


def dpj_enfant(c):
    m = c.msg('social_work', "enfant asthmatique et signalement à la protection de la jeunesse")
    p = c.holder((4, 15))
    sk = c.pick(['arsenault', 'dunn'])
    m.frm = c.who(sk)
    m.to = [c.who('whitfield'), c.who('bernier')]
    m.t('social_information', 'diagnosis', 'medication')
    idb = ident(c, m, p, layout=c.pick(['lines', 'pipe']))
    m.subject = c.pick(['Signalement DPJ - suivi', 'Confidentiel - situation familiale', 'Enfant suivi clinique asthme - DPJ'])
    m.text = '''Bonjour,

Je vous informe qu'un signalement a été retenu par la DPJ concernant :

%s

Motif : négligence sur le plan de la santé (3 visites à l'urgence pour crise d'asthme depuis l'été, Flovent et Ventolin non renouvelés, exposition à la fumée de cigarette au domicile). La mère est hébergée en maison d'aide depuis octobre ; l'enfant est confié temporairement à sa grand-mère.

L'intervenante de la DPJ souhaite recevoir un résumé du suivi respiratoire et le plan d'action. Merci de ne rien transmettre au père directement.

%s
''' % (idb, c.sig(sk))
    return m


def tdm_depistage(c):
    m = c.msg('imaging_request', 'demande de TDM faible dose de dépistage du cancer du poumon')
    p = c.holder((55, 80))
    m.frm = c.who('lemieux')
    m.to = [ext('radio')]
    m.t('diagnosis')
    idb = ident(c, m, p, layout='lines')
    pa = c.num(25, 60)
    m.subject = 'Requête TDM thoracique faible dose - dépistage'
    m.text = '''Bonjour,

Requête pour TDM thoracique faible dose sans contraste (programme de dépistage) :

%s

Critères : %s, %d paquets-années ; risque PLCOm2012 à %s %% sur 6 ans.
ATCD : MPOC légère, néoplasie ORL traitée en 2016.
Aucun symptôme d'alarme (pas d'hémoptysie ni de perte de poids).

Merci de transmettre le résultat à la clinique des nodules.

%s
''' % (idb, 'fumeuse active' if p.sex == 'F' else 'fumeur actif', pa, c.dec(c.fl(1.6, 6.5, 1)), c.sig('lemieux'))
    return m


PLAN = [(transfert_patient, 2), (reponse_citee, 2), (med_exception, 2), (sommaire_depart, 2), (belgique_niss, 2),
        (france_nir, 2), (ontario_fr, 2), (sujet_seulement, 2), (nom_fichier, 1), (zip_transfert, 1),
        (vcard_fournisseur, 1), (eml_observance, 2), (csv_observance, 1), (note_rapide, 2), (enseignement, 2),
        (dpj_enfant, 1), (tdm_depistage, 1)]
