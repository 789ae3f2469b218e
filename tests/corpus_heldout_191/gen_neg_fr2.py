"""Negative (non-confidential) messages in French – part 2: statistics, teaching, forms, notices, staff."""
import datetime

from gen_org import (ADDR1, ADDR2, DOM, EMPLOYEES_FR, HOSP, PARTNERS, SPEAKERS, UNITS, emp_email,
                     partner_addr, st)
from gen_render import att_csv, att_docx, att_pdf
from gen_tpl import Msg


def statistiques(t):
    m = Msg(t, "neg", "statistics", "quarterly aggregate statistics of the pre-op clinic (CSV)")
    q = t.pick(["T1", "T2", "T3"])
    rows = [["Indicateur", "Valeur", "Cible"],
            ["Évaluations CEPA (total)", t.randint(280, 420), 350],
            ["ASA I-II (%)", t.randint(45, 60), ""],
            ["ASA III (%)", t.randint(30, 42), ""],
            ["ASA IV (%)", t.randint(3, 9), ""],
            ["SAHOS dépisté (STOP-BANG ≥ 5)", t.randint(30, 70), ""],
            ["Diabète HbA1c > 9 % référés", t.randint(5, 20), ""],
            ["Annulations jour même (n)", t.randint(8, 25), "< 15"],
            ["  dont jeûne non respecté", t.randint(1, 6), ""],
            ["  dont anticoagulant non cessé", t.randint(1, 5), ""],
            ["Délai médian référence-évaluation (jours)", t.randint(9, 30), 21]]
    cs = t.pick(["windows-1252", "utf-8"])
    m.atts = [att_csv(f"Indicateurs_CEPA_{t.when.year}_{q}.csv", rows, ";", cs if cs != "windows-1252" else "utf-8")]
    m.frm = st("castonguay").addr()
    m.to = [st("vaillancourt").addr(), st("archambault").addr()]
    m.subject = t.pick([f"Indicateurs CEPA {q}", f"Statistiques trimestrielles – {q} {t.when.year}", "Tableau de bord – clinique préop"])
    m.body = f"""{t.hello()}

Voici les indicateurs de la CEPA pour le {q}. Les données sont agrégées (aucune donnée nominative). Le taux d'annulation le jour même est en baisse par rapport au trimestre précédent, surtout pour les motifs liés aux anticoagulants.

{t.bye()}
{t.sign('castonguay')}"""
    return m


def cas_enseignement(t):
    m = Msg(t, "neg", "teaching_case", "de-identified teaching case for residents")
    age = t.randint(48, 82)
    sexe = t.pick(["Femme", "Homme"])
    case = t.pick([
        ("SAHOS sévère non traité, IMC 46, HTA", "prothèse totale du genou", "Quelle technique proposeriez-vous? Quels sont les enjeux pour l'analgésie postopératoire?"),
        ("FA sous apixaban, IRC (DFGe 38)", "prothèse totale de la hanche", "Quand cesser l'apixaban? Une rachianesthésie est-elle possible?"),
        ("douleur chronique sous hydromorphone LA 24 mg BID", "fusion lombaire", "Proposez un plan analgésique multimodal."),
        ("tuteur coronarien actif depuis 4 mois sous DAPT", "cholécystectomie élective", "La chirurgie doit-elle être reportée?")])
    res = st(t.pick(["aziz", "vezina"]))
    staff = st(t.pick(["vaillancourt", "ashworth", "okonkwo"]))
    m.frm = staff.addr()
    m.to = [("Résidents – anesthésiologie", f"residents-anesthesie@{DOM}")]
    m.cc = [st("mctavish").addr()]
    m.subject = t.pick(["Cas clinique pour la demi-journée académique", "Cas de la semaine", "Préparation – discussion de cas jeudi"])
    m.body = f"""{t.hello()}

Voici le cas pour jeudi ({res.name('fr')} anime la discussion) :

{sexe} de {age} ans, ASA {t.pick(['III', 'III', 'IV'])}, connu{'e' if sexe == 'Femme' else ''} pour {case[0]}, prévu{'e' if sexe == 'Femme' else ''} pour une {case[1]}.
Signes vitaux stables, examen des voies aériennes : Mallampati III.

Questions : {case[2]}

Le cas est fictif/dé-identifié; merci de ne pas y ajouter d'éléments provenant de vrais dossiers.

{staff.given}"""
    return m


def formulaire_vierge(t):
    m = Msg(t, "neg", "blank_form", "blank pre-anaesthesia questionnaire (DOCX) with empty identity fields")
    blocks = [("title", "Questionnaire préanesthésique"),
              ("kv", [("Nom de l'usager", "________________________"), ("Date de naissance (AAAA-MM-JJ)", "____-__-__"),
                      ("NAM", "____ ____ ____"), ("No de dossier", "__________"), ("Téléphone", "(___) ___-____")]),
              ("table", [["Question", "Oui", "Non"], ["Avez-vous déjà eu un problème avec une anesthésie?", "☐", "☐"],
                         ["Ronflez-vous fort?", "☐", "☐"], ["Prenez-vous des anticoagulants?", "☐", "☐"],
                         ["Êtes-vous diabétique?", "☐", "☐"], ["Avez-vous des allergies?", "☐", "☐"]]),
              ("p", "Liste de vos médicaments : ____________________________________________"),
              ("small", f"Formulaire HSA-CEPA-012, version {t.randint(3, 7)} – {UNITS['CEPA'][0]}")]
    m.atts = [att_docx(t.pick(["Questionnaire_preanesthesique_vierge.docx", "HSA-CEPA-012_v5.docx", "questionnaire préop.docx"]), blocks, "CEPA")]
    m.frm = st("berube").addr()
    m.to = [("Secrétariat – orthopédie", f"secretariat.ortho@{DOM}")]
    m.subject = t.pick(["Nouveau questionnaire préop à utiliser", "Formulaire vierge – nouvelle version", "Questionnaire préanesthésique (version à jour)"])
    m.body = f"""{t.hello()}

Voici la nouvelle version du questionnaire préanesthésique (vierge). Merci de détruire les anciennes copies et de le remettre aux usagers lors de la décision opératoire.

{t.bye()}
{t.sign('berube')}"""
    return m


def gabarit(t):
    m = Msg(t, "neg", "template", "mail-merge convocation letter template")
    m.frm = st("houle").addr()
    m.to = [st("ferland").addr()]
    m.subject = t.pick(["Gabarit de lettre de convocation", "Modèle de lettre – fusion", "Nouvelle lettre type CEPA"])
    m.body = f"""{t.hello('Nadia')}

Voici le gabarit à utiliser pour la fusion de publipostage (les champs entre chevrons sont remplis automatiquement) :

-----
«TITRE» «PRÉNOM» «NOM»
«ADRESSE»
«VILLE» «CODE_POSTAL»

Objet : Rendez-vous à la clinique d'évaluation préanesthésique

«TITRE» «NOM»,

Votre rendez-vous est prévu le «DATE_RDV» à «HEURE_RDV». Apportez votre carte d'assurance maladie (NAM : «NAM»), la liste de vos médicaments et vos appareils (CPAP, lunettes, appareils auditifs).

Si vous prenez un anticoagulant (ex. : Eliquis, Xarelto, Coumadin), ne le cessez pas avant d'avoir parlé à l'infirmière.

{UNITS['CEPA'][0]} – {UNITS['CEPA'][2]}
-----

{t.bye()}
Mélissa"""
    return m


def rupture(t):
    m = Msg(t, "neg", "drug_shortage", "drug shortage notice with alternatives")
    drug = t.pick([("bupivacaïne hyperbare 0,75 % (ampoules 2 mL)", "bupivacaïne isobare 0,5 % ou chloroprocaïne 1 % pour les chirurgies courtes"),
                   ("ropivacaïne 0,2 % sacs de 100 mL", "préparation en pharmacie à partir de ropivacaïne 1 %"),
                   ("sugammadex 200 mg/2 mL", "néostigmine + glycopyrrolate; sugammadex réservé aux situations d'urgence"),
                   ("hydromorphone 10 mg/mL (haute concentration)", "hydromorphone 2 mg/mL; vérifier les ordonnances d'ACP")])
    m.frm = st("pepin").addr()
    m.to = [("Anesthésiologistes HSA", f"anesthesie-md@{DOM}")]
    m.cc = [("Infirmières – bloc et SDA", f"inf-bloc@{DOM}")]
    m.subject = t.pick([f"Rupture d'approvisionnement : {drug[0].split(' (')[0]}", "AVIS – rupture de stock", "Pénurie – mesures temporaires"])
    m.body = f"""{t.hello()}

Le fournisseur nous informe d'une rupture d'approvisionnement de {drug[0]} {t.pick(['au moins jusqu’à la fin du mois', 'pour une durée d’au moins six semaines', 'jusqu’à nouvel ordre'])}.

Mesures temporaires : {drug[1]}.
Inventaire actuel : environ {t.randint(5, 20)} jours d'utilisation.

Merci de votre collaboration.

{t.sign('pepin')}"""
    if t.chance(0.4):
        chief = st("archambault")
        prev = t.earlier(2, 30)
        subj0 = m.subject
        m.frm = chief.addr()
        m.to = [("Anesthésiologistes HSA", f"anesthesie-md@{DOM}"), ("Résidents – anesthésiologie", f"residents-anesthesie@{DOM}")]
        m.cc = []
        m.subject = t.tr(subj0)
        m.body = f"""Pour information – merci d'en tenir compte dans vos choix de technique dès lundi.

{chief.given}

{t.fwd(st('pepin').plain(), st('pepin').email, prev, subj0, 'Anesthésiologistes HSA', m.body)}"""
    return m


def rappel(t):
    m = Msg(t, "neg", "recall", "manufacturer recall of epidural kits with lot numbers")
    lots = [t.c.mod97_serial(t.pick([9, 11])) for _ in range(t.randint(2, 4))]
    prod = t.pick(["trousse de péridurale 18G (réf. EP-1835)", "cathéter de bloc continu 20G (réf. CB-2050)", "filtre antibactérien 0,2 µm (réf. FA-0200)"])
    m.frm = st("charbonneau").addr()
    m.to = [st("demers").addr(), st("okonkwo").addr(), st("pepin").addr()]
    m.subject = t.pick(["RAPPEL VOLONTAIRE – produit médical", f"Avis de rappel : {prod.split(' (')[0]}", "Rappel de lots – retrait immédiat"])
    ll = "\n".join(f"- Lot {x}" for x in lots)
    m.body = f"""{t.hello()}

Le fabricant procède au rappel volontaire de la {prod}, en raison d'un risque de bris du connecteur. Lots visés :
{ll}

Veuillez retirer immédiatement les produits de ces lots et les retourner au magasin (local S-012). Aucun incident n'a été rapporté dans notre établissement.

{t.bye()}
{t.sign('charbonneau')}"""
    return m


def recherche(t):
    m = Msg(t, "neg", "research_protocol", "research protocol summary without participant identities")
    n = t.randint(80, 160)
    m.frm = st("paradis").addr()
    m.to = [st(k).addr() for k in ("trudel", "benslimane", "okonkwo")]
    m.subject = t.pick(["Protocole KETA-DOUL – version approuvée", "Approbation CÉR – étude kétamine", "Lancement du recrutement"])
    m.body = f"""{t.hello()}

Le comité d'éthique de la recherche a approuvé la version 3.1 du protocole KETA-DOUL (perfusion de kétamine pour la douleur neuropathique réfractaire).

Résumé :
- Devis : essai randomisé à double insu, kétamine 0,5 mg/kg vs midazolam
- Participants : {n} adultes, douleur neuropathique > 6 mois, EVA ≥ 5
- Exclusions : psychose, HTA non contrôlée, grossesse, insuffisance hépatique
- Issue principale : variation de l'EVA à 4 semaines

Le recrutement débute le {t.day(t.future(10, 40))}. Les formulaires de consentement sont au secrétariat de recherche; aucun nom de participant ne doit circuler par courriel.

{t.bye()}
{t.sign('paradis')}"""
    return m


def sst(t):
    m = Msg(t, "neg", "occupational_health", "employee occupational health follow-up (staff, not patient)")
    e1 = t.pick(EMPLOYEES_FR)
    inj = t.pick(["entorse lombaire en déplaçant un usager", "piqûre d'aiguille (exposition au sang) en salle de réveil",
                  "tendinite de l'épaule droite", "chute dans l'escalier de service"])
    m.frm = st("hamelin").addr()
    m.to = [st(t.pick(["vaillancourt", "archambault", "demers"])).addr()]
    m.subject = t.pick(["Retour au travail progressif", f"Suivi SST – {'employée' if e1[2] == 'F' else 'employé'} de votre service", "Assignation temporaire"])
    m.body = f"""{t.hello()}

Pour votre planification : {e1[0]} {e1[1]}, de votre équipe, est en arrêt depuis le {t.short(t.past(10, 40))} à la suite d'une {inj}. Son médecin autorise un retour progressif à compter du {t.day(t.future(3, 14))} (3 jours/semaine, tâches légères, pas de soulèvement de charges).

Merci de confirmer une assignation compatible. Les détails médicaux demeurent au dossier de santé au travail.

{t.bye()}
{t.sign('hamelin')}"""
    return m


def naissance(t):
    m = Msg(t, "neg", "staff_news", "birth announcement of a colleague's baby")
    par = t.pick(EMPLOYEES_FR + [(st("aziz").given, st("aziz").surname, "M"), (st("lindgren").given, st("lindgren").surname, "F")])
    bb, bsex = t.pick([("Léa", "F"), ("Éloïse", "F"), ("Mathis", "M"), ("Arthur", "M"), ("Florence", "F"), ("Thomas", "M"), ("Olivia", "F"), ("Noah", "M")])
    de = "d'" if bb[0] in "AEIOUÉ" else "de "
    d = t.past(1, 6)
    m.frm = st("brisebois").addr()
    m.to = [("Équipe anesthésie et bloc", f"anesthesie-tous@{DOM}")]
    m.subject = t.pick([f"Bienvenue à {bb}!", "Une belle nouvelle", "Naissance dans l'équipe"])
    m.body = f"""{t.hello()}

C'est avec joie que nous vous annonçons la naissance {de}{bb}, né{'e' if bsex == 'F' else ''} le {d.isoformat()} à 4 h 12 ({str(t.randint(29, 41) / 10).replace('.', ',')} kg), {'fille' if bsex == 'F' else 'fils'} de notre collègue {par[0]} {par[1]}. Tout le monde se porte bien!

Une carte circule au secrétariat du département jusqu'à vendredi.

{t.sign('brisebois', 1)}"""
    return m


def formation(t):
    m = Msg(t, "neg", "education", "ultrasound-guided block workshop registration")
    sp = t.pick(SPEAKERS)
    d = t.future(14, 60)
    m.frm = st("mctavish").addr()
    m.to = [("Anesthésiologistes et résidents", f"anesthesie-tous@{DOM}")]
    m.subject = t.pick(["Atelier : blocs échoguidés du membre inférieur", "Formation pratique – anesthésie régionale", "Inscription atelier sono"])
    m.body = f"""{t.hello()}

Un atelier pratique sur les blocs échoguidés (canal des adducteurs, iPACK, poplité) aura lieu le {t.day(d)} de 13 h à 17 h au centre de simulation.

Animé par {sp[0]} {sp[2]} {sp[3]} ({sp[4]}), qui dirige la clinique d'anesthésie régionale de son établissement. Modèles vivants (bénévoles) et fantômes d'échographie.

Places : 12. Inscription auprès de moi avant le {t.short(t.future(5, 12))}.

{t.sign('mctavish')}"""
    return m


def politique(t):
    m = Msg(t, "neg", "policy", "updated perioperative opioid prescribing procedure")
    m.frm = st("archambault").addr()
    m.to = [("Médecins – chirurgie et anesthésie", f"md-chirurgie@{DOM}")]
    m.subject = t.pick(["Nouvelle procédure : opioïdes au congé", "Mise à jour PR-ANES-044", "Ordonnances d'opioïdes après chirurgie d'un jour"])
    m.body = f"""{t.hello()}

La procédure PR-ANES-044 « Prescription d'opioïdes au congé de la chirurgie d'un jour » est mise à jour à compter du {t.day(t.future(7, 20))} :

1. Quantité maximale par défaut : 10 comprimés d'hydromorphone 1 mg (ou équivalent).
2. Acétaminophène et AINS prescrits d'emblée, sauf contre-indication.
3. Les usagers sous buprénorphine ou méthadone doivent être signalés au SDA en préopératoire.
4. Remise systématique d'un feuillet sur l'élimination sécuritaire des opioïdes.

Le document complet est sur l'intranet, section Anesthésiologie > Procédures.

{t.sign('archambault')}"""
    return m


def candidat(t):
    m = Msg(t, "neg", "candidate", "fellowship candidate CV forwarded for interview (HR)")
    cand = t.pick([("Maxence", "Lheureux", "M"), ("Inès", "Benali", "F"), ("Rosalie", "Demontigny", "F"), ("Adrien", "Castelli", "M")])
    dob = datetime.date(t.randint(1988, 1995), t.randint(1, 12), t.randint(1, 28))
    a1 = f"{t.randint(100, 999)}, rue des Lilas, Val-des-Aulnes (Québec)"
    blocks = [("title", f"Curriculum vitae – Dr {cand[0]} {cand[1]}" if cand[2] == "M" else f"Curriculum vitae – Dre {cand[0]} {cand[1]}"),
              ("kv", [("Date de naissance", dob.isoformat()), ("Adresse", a1), ("Téléphone", t.c.phone("819")),
                      ("Courriel", f"{cand[0].lower()}.{cand[1].lower()}@courriel.example")]),
              ("p", "Formation : résidence en anesthésiologie (2019-2024); fellowship visé : médecine de la douleur."),
              ("p", "Intérêts : douleur neuropathique, radiofréquence, SDRC, douleur chronique post-chirurgicale."),
              ("p", "Publications : 3 articles sur les blocs du plan fascial.")]
    m.atts = [att_docx(f"CV_{cand[1]}_{cand[0]}.docx", blocks, f"{cand[0]} {cand[1]}")]
    m.frm = st("whitmore").addr()
    m.to = [st("trudel").addr(), st("benslimane").addr()]
    m.subject = t.pick(["Candidature – fellowship en douleur", "Entrevue à planifier – candidat fellowship", "CV reçu pour le poste de fellow"])
    m.body = f"""{t.hello()}

Nous avons reçu la candidature {'de la Dre' if cand[2] == 'F' else 'du Dr'} {cand[0]} {cand[1]} pour le fellowship en médecine de la douleur (CV ci-joint). Pourriez-vous m'indiquer vos disponibilités pour une entrevue d'ici deux semaines?

Merci de traiter ce document de façon confidentielle (dossier RH).

{t.sign('whitmore')}"""
    return m
