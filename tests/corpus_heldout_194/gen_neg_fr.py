"""Non-confidential French messages: procurement, payables, payroll, notices (hard negatives)."""
import datetime

from gen_clin import DX, MEDS
from gen_docs import make_csv, make_docx, make_ics, make_pdf, make_xlsx
from gen_spec import ORG_ADDR_FR, ORG_FR

SUPPLIERS = [("Médisource Québec inc.", "medisource.example"), ("Fournitures Boréal Santé", "borealsante.example"),
             ("Laboratoires Vexin Canada", "vexin-canada.example"), ("Distribution Hémo-Plus", "hemoplus.example"),
             ("Groupe Orthéa", "orthea.example")]
ITEMS = [("Gants nitrile non poudrés, M (bte 100)", 8.45), ("Cathéter IV 20G x 1 po", 1.92),
         ("Tubulure de perfusion, 15 gtt/mL", 3.10), ("Seringue 10 mL Luer-Lock", 0.31),
         ("Pansement hydrocolloïde 10 x 10 cm", 2.74), ("Dialyseur haute perméabilité 1,8 m²", 24.60),
         ("Lame de bistouri n° 15 (bte 50)", 17.80), ("Électrodes ECG adulte (paquet 50)", 11.25),
         ("Masque N95, taille régulière (bte 20)", 19.90), ("Trousse de cathétérisme urinaire", 6.35)]


def _sig(m, p, dept):
    return m.sig(p, dept)


def iban(rng, country, length):
    bban = "".join(str(rng.randrange(10)) for _ in range(length - 4))
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    chk = 98 - int(num) % 97
    s = "%s%02d%s" % (country, chk, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def facture_fournisseur(m):
    ctx, r = m.ctx, m.ctx.rng
    sup, dom = r.choice(SUPPLIERS)
    rep, ap = ctx.staff("fr"), ctx.staff("fr")
    no = "F%d-%05d" % (m.date.year, r.randrange(100000))
    po = "BC-%d-%05d" % (m.date.year, r.randrange(100000))
    rows = [["Article", "Lot", "Qté", "Prix unitaire", "Total"]]
    tot = 0
    for it in r.sample(ITEMS, r.randint(3, 6)):
        q = r.choice([10, 20, 50, 100, 200])
        tot += q * it[1]
        rows.append([it[0], ctx.luhn_serial(9), str(q), "%.2f" % it[1], "%.2f" % (q * it[1])])
    paras = ["%s — %s" % (sup, "Facture n° " + no), "Client : %s, magasin central" % ORG_FR, "N° client : %d" % r.randint(10000, 99999),
             "Bon de commande : %s" % po, "Adresse de livraison : %s, quai de réception n° 3" % ORG_ADDR_FR,
             "Conditions : net 30 jours", "Sous-total : %.2f $   TPS : %.2f $   TVQ : %.2f $" % (tot, tot * 0.05, tot * 0.09975)]
    m.atts.append(dict(kind="pdf", filename="Facture_%s.pdf" % no, data=make_pdf("Facture", paras, rows, footer=sup)))
    blocks = ["Bonjour,", "Veuillez trouver ci-jointe notre facture %s en lien avec votre bon de commande %s." % (no, po),
              "Pour toute question, communiquez avec le service à la clientèle au %s." % ctx.phone("450"),
              "Cordialement,", "%s %s\nReprésentante aux comptes clients\n%s" % (rep.given, rep.surname, sup)]
    return m.spec("Facture %s — BC %s" % (no, po), blocks, (rep.given + " " + rep.surname, ctx.email(rep, dom)),
                  [("Comptes fournisseurs", "comptes.fournisseurs@chrvc.example")], "supplier invoice with lot numbers")


def bon_commande(m):
    ctx, r = m.ctx, m.ctx.rng
    sup, dom = r.choice(SUPPLIERS)
    me = ctx.staff("fr")
    po = "BC-%d-%05d" % (m.date.year, r.randrange(100000))
    rows = [["Code", "Description", "Qté", "Unité", "Prix"]]
    for it in r.sample(ITEMS, r.randint(3, 5)):
        rows.append(["%s-%04d" % (r.choice(["MS", "BX", "HP"]), r.randrange(10000)), it[0], str(r.choice([5, 10, 24, 48])), "cs", "%.2f" % it[1]])
    if r.random() < 0.5:
        m.atts.append(dict(kind="xlsx", filename="%s.xlsx" % po, data=make_xlsx([("Commande", rows)])))
        tab = "Le détail est dans le fichier joint."
    else:
        tab = ("table", rows)
    blocks = ["Bonjour,", "Voici le bon de commande %s. Livraison demandée au quai de réception avant le %s, entre 7 h et 15 h." % (po, m.d(m.after(5, 20))),
              tab, "Merci de confirmer la date de livraison et d'indiquer le numéro de BC sur la facture.", m.sig(me, "proc")]
    return m.spec("Bon de commande %s" % po, blocks, m.addr(me), [("Service à la clientèle", "commandes@" + dom)],
                  "purchase order to supplier")


def relance_belge(m):
    ctx, r = m.ctx, m.ctx.rng
    rep, ap = ctx.staff("fr"), ctx.staff("fr")
    ogm = ctx.mod97_ref()
    ib = iban(r, "BE", 16)
    no = "%d/%04d" % (m.date.year, r.randrange(10000))
    blocks = ["Madame, Monsieur,",
              "Sauf erreur de notre part, notre facture n° %s du %s (équipement de stérilisation, %s) reste impayée." % (no, m.d(m.before(40, 90)), m.money(ctx.amount(2000, 40000))),
              "Nous vous prions d'effectuer le virement sur le compte %s (BIC GEBABEBB) avec la communication structurée %s." % (ib, ogm),
              "Si le paiement a été effectué entre-temps, veuillez ne pas tenir compte de ce rappel.",
              "Bien cordialement,", "%s %s\nService comptabilité\nSteriTech Benelux SA, Zoning industriel 12, 4040 Herstal, Belgique\nTél. +32 4 555 01 %02d" % (rep.given, rep.surname, r.randrange(100))]
    return m.spec("Rappel de paiement — facture %s" % no, blocks, (rep.given + " " + rep.surname, ctx.email(rep, "steritech-benelux.example")),
                  [m.addr(ap)], "supplier payment reminder with structured reference")


def stats_facturation(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    mois = m.d(m.before(20, 40), "%m/%Y")
    rows = [["Catégorie", "Comptes", "Montant facturé", "Perçu", "Délai moyen (j)"]]
    for cat in ["Non-résidents (hors Canada)", "Autres provinces", "CNESST", "SAAQ", "Chambres privées/semi-privées", "Usagers non assurés (Québec)"]:
        n = r.randint(8, 420)
        f = ctx.amount(5000, 900000)
        rows.append([cat, n, round(f, 2), round(f * r.uniform(0.4, 0.95), 2), r.randint(18, 140)])
    if r.random() < 0.5:
        m.atts.append(dict(kind="xlsx", filename="Tableau_de_bord_facturation_période_%s.xlsx" % mois.replace("/", "-"), data=make_xlsx([("Synthèse", rows)])))
        body = "Tableau de bord joint."
    else:
        body = ("table", [[str(c) for c in x] for x in rows])
    blocks = ["Bonjour à tous,", "Voici les indicateurs de la facturation aux usagers pour %s. Hausse marquée des comptes non-résidents (saison touristique)." % mois,
              body, "Aucune donnée nominative dans ce rapport.", m.sig(me, "budget")]
    return m.spec("Indicateurs facturation — %s" % mois, blocks, m.addr(me), [("Comité de direction DRF", "cd-drf@chrvc.example")],
                  "monthly aggregate billing indicators")


def paie_calendrier(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    y = m.date.year + (1 if m.date.month >= 10 else 0)
    start = datetime.date(y, 1, 2) + datetime.timedelta(days=r.randrange(7))
    rows = [["Période", "Début", "Fin", "Date de paie"]]
    for i in range(6):
        a = start + datetime.timedelta(days=14 * i)
        rows.append([str(i + 1), a.isoformat(), (a + datetime.timedelta(days=13)).isoformat(), (a + datetime.timedelta(days=18)).isoformat()])
    blocks = ["Bonjour,", "Voici le calendrier de paie pour le début de l'année %d. Les relevés 1 et feuillets T4 seront disponibles dans le portail employé au plus tard le 28 février." % y,
              ("table", rows), "Les gestionnaires doivent approuver les feuilles de temps au plus tard le lundi midi suivant la fin de période.", m.sig(me, "payroll")]
    return m.spec("Calendrier de paie %d" % y, blocks, m.addr(me), [("Tous les gestionnaires", "gestionnaires@chrvc.example")],
                  "payroll calendar")


def correction_paie(m):
    ctx, r = m.ctx, m.ctx.rng
    emp, pay = ctx.staff("fr"), ctx.staff("fr")
    mat = "%06d" % r.randrange(10 ** 6)
    when = m.earlier(20, 90)
    blocks = ["Bonjour %s," % emp.given,
              "La correction sera faite sur la paie du %s : %d heures de prime de soir et %d heures de temps supplémentaire à taux et demi." % (m.d(m.after(5, 12)), r.randint(4, 24), r.randint(2, 10)),
              m.sig(pay, "payroll"),
              ("quote", m.quote_hdr("%s %s" % (emp.given, emp.surname), when),
               ["Bonjour, ma prime de soir n'a pas été versée pour la période %d (matricule %s). Merci de vérifier." % (r.randint(1, 26), mat), emp.given])]
    return m.spec("RE: Prime de soir non versée", blocks, m.addr(pay), [m.addr(emp)], "payroll correction for an employee")


def horaire_ete(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    team = [ctx.staff("fr") for _ in range(r.randint(4, 6))]
    rows = [["Employé(e)", "Vacances", "Remplacement"]]
    for i, p in enumerate(team):
        a = datetime.date(m.date.year, r.choice([6, 7, 8]), r.randint(1, 20))
        rows.append(["%s %s" % (p.given, p.surname), "%s au %s" % (m.d(a), m.d(a + datetime.timedelta(days=r.choice([7, 14, 21])))),
                     "%s %s" % (team[(i + 1) % len(team)].given, team[(i + 1) % len(team)].surname)])
    blocks = ["Bonjour l'équipe,", "Voici l'horaire des vacances d'été de la facturation. Il faut toujours au moins deux personnes au comptoir de la caisse.",
              ("table", rows), "Si vous voulez échanger des semaines, entendez-vous entre vous et avisez-moi avant le 15 mai.", m.sig(me, "billing", ("Cheffe de service", "Chef de service"))]
    return m.spec("Horaire des vacances d'été", blocks, m.addr(me), [("Équipe facturation", "equipe-facturation@chrvc.example")],
                  "staff vacation schedule")


def infolettre(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    dr1, dr2, st = ctx.staff("fr", "F"), ctx.staff("fr", "M"), ctx.staff("fr")
    spec1 = r.choice([("cardiologue", "l'insuffisance cardiaque"), ("néphrologue", "l'insuffisance rénale chronique"), ("oncologue", "le cancer du sein")])
    blocks = ["LE FIL FINANCIER — Infolettre de la Direction des ressources financières, n° %d" % r.randint(20, 60),
              "Nomination — La Dre %s %s, %s, devient cheffe du département. Reconnue pour ses travaux sur %s, elle siégera aussi au comité des ressources." % (dr1.given, dr1.surname, spec1[0], spec1[1]),
              "Fondation — La campagne « Un lit pour l'oncologie » a amassé %s. Merci au Dr %s %s pour sa conférence sur le dépistage du cancer colorectal." % (m.money(ctx.amount(40000, 250000)), dr2.given, dr2.surname),
              "Bienvenue — %s %s se joint à l'équipe des comptes fournisseurs. Souhaitons-lui la bienvenue!" % (st.given, st.surname),
              "Rappel — Fermeture de la caisse le %s pour l'inventaire annuel." % m.d(m.after(5, 30)),
              ("sig", ["Direction des ressources financières", ORG_FR, "Pour vous désabonner, répondez « retrait »."])]
    return m.spec("Le Fil financier — édition de %s" % ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"][m.date.month - 1],
                  blocks, ("Direction des ressources financières", "drf@chrvc.example"), [("Personnel DRF", "personnel-drf@chrvc.example")],
                  "finance newsletter", form=r.choice(["html", "alt"]))


def comite_appro(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    st = datetime.datetime.combine(m.after(7, 21), datetime.time(r.choice([9, 13, 14]), 0))
    odj = ["1. Adoption de l'ordre du jour", "2. Suivi du contrat de fournitures d'hémodialyse", "3. Pénurie de tubulures — plan de contingence",
           "4. Résultats de l'appel d'offres regroupé (pansements)", "5. Divers"]
    m.atts.append(dict(kind="ics", filename="comité_approvisionnement.ics",
                       data=make_ics("comite-%s@chrvc.example" % st.strftime("%Y%m%d"), st, st + datetime.timedelta(hours=2),
                                     "Comité d'approvisionnement", "Salle du conseil, 2e étage (pavillon B)", "\n".join(odj),
                                     ("%s %s" % (me.given, me.surname), ctx.email(me)), m.date.replace(tzinfo=None))))
    blocks = ["Bonjour,", "Vous êtes convoqués à la prochaine réunion du comité d'approvisionnement le %s à %d h." % (m.d(st.date()), st.hour),
              "Ordre du jour :\n" + "\n".join(odj), "Les documents seront déposés dans le dossier partagé du comité.", m.sig(me, "proc", ("Cheffe du service de l'approvisionnement", "Chef du service de l'approvisionnement"))]
    return m.spec("Convocation — Comité d'approvisionnement", blocks, m.addr(me), [("Membres du comité", "comite-appro@chrvc.example")],
                  "committee meeting notice with agenda")


def colloque(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    spk = [ctx.staff("fr") for _ in range(4)]
    topics = ["La facturation des soins aux non-résidents : nouveautés %d" % m.date.year,
              "Coûts par parcours : le cas de l'arthroplastie de la hanche",
              "Le financement axé sur le patient en oncologie", "Hémodialyse : modèles d'achat regroupé"]
    rows = [["Heure", "Conférencier(ère)", "Sujet"]]
    for i, (p, t) in enumerate(zip(spk, topics)):
        rows.append(["%d h 00" % (9 + i), "%s %s %s" % (r.choice(["Dr", "Dre", "M.", "Mme"]), p.given, p.surname), t])
    m.atts.append(dict(kind="pdf", filename="Programme_préliminaire_colloque_%d.pdf" % m.date.year,
                       data=make_pdf("Colloque régional sur la gestion financière en santé", ["Programme préliminaire", "Lieu : Centre des congrès de Val-des-Cèdres"], rows)))
    blocks = ["Bonjour,", "Le programme du colloque régional du %s est joint. Inscription avant le %s (tarif membre : 225 $)." % (m.d(m.after(30, 60)), m.d(m.after(10, 25))),
              "Au plaisir de vous y voir!", m.sig(me, "budget")]
    return m.spec("Programme — Colloque régional sur la gestion financière en santé", blocks, m.addr(me),
                  [("Gestionnaires", "gestionnaires@chrvc.example")], "conference programme with speakers")


def affichage_poste(m):
    ctx, r = m.ctx, m.ctx.rng
    rh = ctx.staff("fr")
    poste = r.choice(["Agent(e) administratif(ve) classe 2 — facturation aux usagers", "Acheteur(-euse) — approvisionnement",
                      "Technicien(ne) en administration — comptes fournisseurs"])
    blocks = ["AFFICHAGE INTERNE n° %d-%03d" % (m.date.year, r.randrange(1000)), "Titre : %s" % poste,
              "Statut : temps complet, jour, 35 h/semaine. Salaire : de %s à %s l'heure selon l'échelon." % (m.money(r.choice([23.11, 24.50, 26.03])), m.money(r.choice([28.40, 31.22, 33.01]))),
              "Exigences : DEP en secrétariat ou comptabilité; connaissance de la facturation RAMQ et des tarifs non-résidents (un atout); maîtrise d'Excel.",
              "Période d'affichage : du %s au %s. Postulez par le portail RH." % (m.d(), m.d(m.after(10, 15))),
              m.sig(rh, "payroll", ("Conseillère en acquisition de talents", "Conseiller en acquisition de talents"))]
    return m.spec("Affichage — %s" % poste, blocks, m.addr(rh), [("Tout le personnel", "tous@chrvc.example")], "internal job posting")


def ti_migration(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    d = m.after(3, 15)
    sysn = r.choice(["FacturaPlus", "module Comptes à recevoir de GFI", "SIC Finances"])
    blocks = ["Bonjour,", "Une mise à niveau du système %s aura lieu le %s de 18 h à 23 h. Le système sera inaccessible pendant cette période." % (sysn, m.d(d)),
              "Actions requises : fermer vos sessions avant 17 h 45; les lots de facturation non transmis seront conservés.",
              "Serveurs visés : fin-app-%02d, fin-db-%02d. Numéro de changement : CHG%07d." % (r.randint(1, 9), r.randint(1, 9), r.randrange(10 ** 7)),
              "Centre de services TI : poste 4357.", m.sig(me, "it")]
    return m.spec("[Maintenance] %s — %s" % (sysn, m.d(d)), blocks, m.addr(me), [("Utilisateurs DRF", "utilisateurs-drf@chrvc.example")],
                  "IT maintenance notice")


def installations(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    what = r.choice(["Réfection du stationnement P3 : fermeture du %s au %s.", "Remplacement des fenêtres du 2e étage du pavillon administratif du %s au %s.",
                     "Interruption d'eau chaude au pavillon B le %s; rétablissement prévu le %s."])
    blocks = ["Bonjour,", what % (m.d(m.after(2, 10)), m.d(m.after(11, 25))), "Merci de votre compréhension. Pour toute question : poste 2200.",
              ("sig", ["Service des installations matérielles", ORG_FR])]
    return m.spec("Avis — travaux", blocks, ("Installations matérielles", "installations@chrvc.example"), [("Tout le personnel", "tous@chrvc.example")],
                  "facilities works notice")


def rappel_produit(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    prod = r.choice(["pompes volumétriques Infusia V5", "thermomètres tympaniques ThermoQ", "lits électriques Confort 300"])
    rows = [["N° de série", "Lot", "Emplacement"]]
    for _ in range(r.randint(3, 6)):
        rows.append([ctx.luhn_serial(9), "L%s" % ctx.luhn_serial(8), r.choice(["4e Nord", "Urgence", "Bloc", "Magasin", "Hémodialyse"])])
    blocks = ["Bonjour,", "Le fabricant émet un avis de rappel volontaire (classe II) visant certains %s. Les appareils suivants sont en service chez nous :" % prod,
              ("table", rows), "Le génie biomédical procédera au remplacement d'ici le %s. Ne retirez aucun appareil en cours d'utilisation sans un appareil de remplacement." % m.d(m.after(5, 20)),
              m.sig(me, "proc", ("Conseillère en génie biomédical", "Conseiller en génie biomédical"))]
    return m.spec("Avis de rappel — %s" % prod, blocks, m.addr(me), [("Chefs d'unité", "chefs-unites@chrvc.example")], "device recall notice with serial numbers")


def penurie(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    drug = r.choice([("céfazoline 1 g", "céfuroxime 1,5 g"), ("énoxaparine 40 mg", "daltéparine 5 000 UI"), ("salbutamol en aérosol", "salbutamol en nébules")])
    blocks = ["Bonjour,", "Le fournisseur nous avise d'une rupture d'approvisionnement de %s jusqu'à la mi-%s." % (drug[0], ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"][(m.date.month + 1) % 12]),
              "Substitution approuvée par le comité de pharmacologie : %s. Les ordonnances existantes seront converties automatiquement par la pharmacie." % drug[1],
              "Aucune action requise de la part des unités, sauf pour les patients allergiques (contacter la pharmacie).", m.sig(me, "pharm", ("Pharmacienne, cheffe adjointe", "Pharmacien, chef adjoint"))]
    return m.spec("Pénurie — %s" % drug[0], blocks, m.addr(me), [("Personnel infirmier et médical", "cliniciens@chrvc.example")], "drug shortage notice")


def cas_formation(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    cases = r.sample(range(len(DX)), 3)
    lines = []
    for i, c in enumerate(cases):
        lines.append("Cas %d — %s de %d ans, non résident(e), séjour de %d jours pour %s. Quel tarif journalier s'applique et quels frais d'imagerie sont facturables?"
                     % (i + 1, r.choice(["Patiente", "Patient"]), r.randint(20, 90), r.randint(1, 14), DX[c][0]))
    blocks = ["Bonjour à toutes et à tous,", "Pour la formation de jeudi, voici les cas d'exercice (fictifs, aucune donnée réelle) :"] + lines + \
             ["Apportez la grille tarifaire en vigueur.", m.sig(me, "billing", ("Formatrice, facturation", "Formateur, facturation"))]
    return m.spec("Formation — cas d'exercice facturation non-résidents", blocks, m.addr(me), [("Équipe facturation", "equipe-facturation@chrvc.example")],
                  "de-identified training cases")


def formulaire_vierge(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    paras = ["Nom de l'usager : ______________________   Prénom : __________________",
             "NAM : ____ ____ ____    Date de naissance (AAAA-MM-JJ) : ____-__-__   Sexe : F [ ]  M [ ]",
             "Adresse : ____________________________________________",
             "Téléphone : (___) ___-____", "Montant dû : ____________ $    Versement mensuel proposé : _______ $",
             "Signature de l'usager : __________________   Date : __________",
             "Réservé à l'administration — approuvé par : ______________"]
    m.atts.append(dict(kind="docx", filename="Formulaire_entente_de_paiement_révisé_v%d.docx" % r.randint(2, 5),
                       data=make_docx("Entente de paiement — formulaire", paras)))
    blocks = ["Bonjour,", "Voici la version à jour du formulaire d'entente de paiement (ajout du champ « sexe » exigé par le vérificateur). Merci de détruire les anciennes copies.",
              m.sig(me, "billing", ("Cheffe de service", "Chef de service"))]
    return m.spec("Nouveau formulaire — entente de paiement", blocks, m.addr(me), [("Équipe facturation", "equipe-facturation@chrvc.example")],
                  "blank payment-plan form")


def publipostage(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    tpl = ["«Titre» «Prénom» «Nom»\n«Adresse1»\n«Ville» («Province») «CodePostal»",
           "Objet : État de compte n° «NoCompte»",
           "«Titre» «Nom»,",
           "Selon nos registres, un solde de «Solde» $ demeure impayé pour les services reçus le «DateService». "
           "Si vous avez déjà acquitté ce montant, veuillez ne pas tenir compte du présent avis.",
           "Vous pouvez payer en ligne, par téléphone au 819-555-0100 ou à la caisse de l'hôpital."]
    blocks = ["Bonjour,", "Voici le gabarit du 2e avis à fusionner avec l'extraction du vendredi. Vérifiez que le champ «DateService» est au format AAAA-MM-JJ.",
              ("fwd", ["--- Gabarit : avis2_non_assures.dotx ---"], tpl), m.sig(me, "billing")]
    return m.spec("Gabarit — 2e avis de paiement", blocks, m.addr(me), [m.addr(ctx.staff("fr"))], "mail-merge template for payment notice")


def inventaire(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    rows = [["N° d'actif", "Description", "Local", "Valeur nette"]]
    for _ in range(r.randint(6, 10)):
        rows.append([ctx.luhn_serial(10), r.choice(["Moniteur physiologique", "Pompe à perfusion", "Échographe portatif", "Fauteuil de dialyse", "Chariot d'urgence", "Poste de travail"]),
                     "%s-%03d" % (r.choice(["A", "B", "C"]), r.randint(100, 450)), round(ctx.amount(300, 60000), 2)])
    m.atts.append(dict(kind="xlsx", filename="Inventaire_des_actifs_à_valider_%s.xlsx" % m.d(fmt="%Y"), data=make_xlsx([("Actifs", rows)])))
    blocks = ["Bonjour,", "Voici la liste des actifs à valider pour la fin d'exercice. Merci d'indiquer les écarts dans la colonne « Local ».", m.sig(me, "budget")]
    return m.spec("Inventaire des immobilisations — validation", blocks, m.addr(me), [("Chefs de service", "chefs-services@chrvc.example")],
                  "asset inventory with asset numbers")


def suivi_budget(m):
    ctx, r = m.ctx, m.ctx.rng
    me, you = ctx.staff("fr"), ctx.staff("fr")
    rows = [["Centre d'activités", "Budget", "Réel P%d" % r.randint(4, 11), "Écart"]]
    for ca in ["6070 Hémodialyse", "6300 Bloc opératoire", "6560 Oncologie ambulatoire", "7530 Approvisionnement", "5500 Facturation"]:
        b = ctx.amount(100000, 4000000)
        a = b * r.uniform(0.85, 1.15)
        rows.append([ca, "%.0f" % b, "%.0f" % a, "%.0f" % (a - b)])
    blocks = ["Bonjour %s," % you.given, "Voici le suivi budgétaire. Le dépassement en hémodialyse s'explique par la hausse des séances (+6 %) et le prix des dialyseurs.",
              ("table", rows), "On en parle à la rencontre de mardi?", m.sig(me, "budget")]
    return m.spec("Suivi budgétaire — écarts", blocks, m.addr(me), [m.addr(you)], "budget variance by cost centre",
                  table_style=r.choice(["align", "pipe", "tab"]))


def naissance(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    mom = ctx.staff("fr", "F")
    bday = m.before(1, 6)
    baby = r.choice(["Léo", "Florence", "Arthur", "Rosalie", "Émile", "Livia"])
    blocks = ["Bonne nouvelle!", "%s est maman d'un(e) petit(e) %s, né(e) le %s à %s, %s kg. La maman et le bébé se portent à merveille."
              % (mom.given, baby, m.d(bday) + " " + str(bday.year), "%d h %02d" % (r.randint(0, 23), r.randrange(60)), r.choice(["3,2", "3,4", "3,8"])),
              "Une carte circule au bureau 2.140 et une collecte pour un cadeau est organisée jusqu'à vendredi.", me.given]
    if r.random() < 0.5:
        blocks.insert(2, "Anniversaires du mois : %s (le %d), %s (le %d)." % tuple(x for p in [ctx.staff("fr"), ctx.staff("fr")] for x in ("%s %s" % (p.given, p.surname), r.randint(1, 28))))
    return m.spec("Bienvenue au bébé de %s!" % mom.given, blocks, m.addr(me), [("Équipe DRF", "equipe-drf@chrvc.example")],
                  "staff baby announcement and birthdays")


def retour_progressif(m):
    ctx, r = m.ctx, m.ctx.rng
    me, emp = ctx.staff("fr"), ctx.staff("fr")
    blocks = ["Bonjour,", "Pour la planification : %s %s revient au travail en retour progressif à partir du %s, selon les recommandations du Service de santé et sécurité du travail : %s."
              % (emp.given, emp.surname, m.d(m.after(3, 14)), r.choice(["3 jours/semaine pendant 4 semaines", "demi-journées le matin pendant 3 semaines"])),
              "Pas de manipulation de boîtes lourdes au magasin pour l'instant. Merci d'ajuster l'horaire de la caisse.", m.sig(me, "proc", ("Cheffe de service", "Chef de service"))]
    return m.spec("Retour progressif au travail — horaire", blocks, m.addr(me), [("Coordonnatrice horaire", "horaire-drf@chrvc.example")],
                  "employee gradual return to work (occupational health)")


def grille_tarifaire(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    rows = [["Service", "Tarif %d" % (m.date.year + 1)]]
    for s, p in [("Journée d'hospitalisation — soins généraux", 2150), ("Journée — soins intensifs", 6480), ("Visite à l'urgence", 1120),
                 ("Séance d'hémodialyse", 985), ("Accouchement vaginal (forfait)", 4300), ("Césarienne (forfait)", 9800),
                 ("IRM, par région", 1450), ("Chambre privée (supplément/jour)", 160)]:
        rows.append([s, "%d $" % int(p * r.uniform(1.0, 1.05))])
    blocks = ["Bonjour,", "Voici la grille tarifaire des usagers non-résidents du Canada approuvée par le conseil d'administration, en vigueur le 1er avril.",
              ("table", rows), "Merci de mettre à jour les affiches au comptoir d'admission.", m.sig(me, "billing", ("Cheffe de service", "Chef de service"))]
    return m.spec("Grille tarifaire non-résidents %d-%d" % (m.date.year, m.date.year + 1), blocks, m.addr(me),
                  [("Admission et facturation", "admission-facturation@chrvc.example")], "non-resident price list")


def appel_offres(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    no = "AO-%d-%03d" % (m.date.year, r.randrange(1000))
    obj = r.choice(["fournitures d'hémodialyse (dialyseurs, lignes, concentrés)", "pansements avancés pour le traitement des plaies",
                    "services de recouvrement de comptes clients"])
    blocks = ["Madame, Monsieur,", "L'appel d'offres public %s visant les %s est publié sur le système électronique d'appel d'offres." % (no, obj),
              "Date limite de réception des soumissions : %s, 14 h. Ouverture publique le même jour, 14 h 15." % m.d(m.after(20, 40)),
              "Les questions doivent être transmises par écrit au plus tard 7 jours avant la date limite. Aucun contact avec les utilisateurs cliniques n'est permis.",
              m.sig(me, "proc", ("Conseillère en approvisionnement", "Conseiller en approvisionnement"))]
    return m.spec("Avis aux soumissionnaires — %s" % no, blocks, m.addr(me), [("Soumissionnaires inscrits", "soumissionnaires@chrvc.example")],
                  "public tender notice")


def iban_fraude(m):
    ctx, r = m.ctx, m.ctx.rng
    me, sup = ctx.staff("fr"), ctx.staff("fr")
    ib = iban(r, "FR", 27)
    when = m.earlier(3, 30)
    blocks = ["ATTENTION — tentative de fraude probable. Ne pas modifier la fiche fournisseur. J'appelle le fournisseur au numéro connu au dossier.",
              m.sig(me, "ap", ("Cheffe des comptes fournisseurs", "Chef des comptes fournisseurs")),
              ("fwd", m.fwd_hdr("Service comptable <compta@lab0ratoires-vexin.example>", "comptes.fournisseurs@chrvc.example", when, "Changement de coordonnées bancaires"),
               ["Bonjour,", "Suite à un changement de banque, merci de régler nos prochaines factures sur le compte suivant : IBAN %s, BIC BNPAFRPPXXX." % ib,
                "Cordialement, %s %s" % (sup.given, sup.surname)])]
    return m.spec("TR: Changement de coordonnées bancaires — NE PAS TRAITER", blocks, m.addr(me), [("Équipe comptes fournisseurs", "comptes.fournisseurs@chrvc.example")],
                  "suspected vendor banking fraud warning")


def formation(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    st = datetime.datetime.combine(m.after(7, 20), datetime.time(r.choice([9, 13]), 30))
    blocks = ["Bonjour,", "Une formation « %s » est offerte le %s à %d h 30 (salle 1.110 ou Teams)." % (r.choice(["Excel : tableaux croisés dynamiques", "Nouveau module de factures fournisseurs", "Codification des centres d'activités"]), m.d(st.date()), st.hour),
              "Inscription auprès de votre gestionnaire. Places limitées à 14 personnes.", m.sig(me, "budget")]
    if r.random() < 0.5:
        m.atts.append(dict(kind="ics", filename="séance_de_formation.ics", data=make_ics("form-%s@chrvc.example" % st.strftime("%Y%m%d%H"), st, st + datetime.timedelta(hours=2),
                                                                               "Formation DRF", "Salle 1.110", "Formation interne", ("%s %s" % (me.given, me.surname), ctx.email(me)), m.date.replace(tzinfo=None))))
    return m.spec("Formation — inscription", blocks, m.addr(me), [("Personnel DRF", "personnel-drf@chrvc.example")], "staff training announcement")


def frais_deplacement(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    blocks = ["Bonjour,", "Rappel de la politique de remboursement des frais de déplacement : kilométrage à 0,%d $/km, repas selon les barèmes (déjeuner 12,50 $, dîner 19,25 $, souper 28,75 $)." % r.randint(50, 60),
              "Les réclamations doivent être soumises dans les 60 jours avec les pièces justificatives originales. Les réclamations incomplètes seront retournées.",
              m.sig(me, "ap")]
    return m.spec("Rappel — frais de déplacement", blocks, m.addr(me), [("Tout le personnel", "tous@chrvc.example")], "travel expense policy reminder")


def comite_verif(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    dr = ctx.staff("fr")
    blocks = ["Compte rendu — Comité de vérification, séance du %s" % m.d(m.before(3, 10)),
              "Présents : %s" % ", ".join("%s %s" % (p.given, p.surname) for p in [ctx.staff("fr") for _ in range(4)]) + ", Dr %s %s" % (dr.given, dr.surname),
              "Point 3 — Le Dr %s présente les coûts moyens par épisode pour les patients diabétiques et les patients atteints de MPOC (données agrégées, %d épisodes). Aucune anomalie." % (dr.surname, r.randint(300, 2000)),
              "Point 4 — Les auditeurs externes débuteront leurs travaux le %s." % m.d(m.after(10, 30)),
              m.sig(me, "budget", ("Secrétaire du comité", "Secrétaire du comité"))]
    return m.spec("Compte rendu — Comité de vérification", blocks, m.addr(me), [("Membres du comité", "comite-verif@chrvc.example")],
                  "audit committee minutes")


def stats_urgence(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    rows = [["Groupe diagnostique", "Visites", "DMS (h)", "Coût moyen"]]
    for d in r.sample(DX, 6):
        rows.append([d[0], r.randint(40, 900), round(r.uniform(3, 30), 1), "%d $" % r.randint(300, 4000)])
    blocks = ["Bonjour,", "Statistiques agrégées de l'urgence pour le trimestre (source : entrepôt de données, aucun identifiant).", ("table", [[str(c) for c in x] for x in rows]),
              m.sig(me, "budget")]
    return m.spec("Statistiques urgence — trimestre", blocks, m.addr(me), [("Direction", "direction@chrvc.example")],
                  "aggregate ED statistics by diagnosis group")


def retraite(m):
    ctx, r = m.ctx, m.ctx.rng
    me, ret = ctx.staff("fr"), ctx.staff("fr")
    blocks = ["Bonjour à tous,", "Après %d ans de service, dont %d à la facturation de l'oncologie et de l'hémodialyse, %s %s prend sa retraite!" % (r.randint(25, 38), r.randint(5, 15), ret.given, ret.surname),
              "Un 5 à 7 est organisé le %s au Bistro du Lac. Confirmez votre présence avant mercredi." % m.d(m.after(7, 20)), me.given]
    return m.spec("Départ à la retraite de %s" % ret.given, blocks, m.addr(me), [("Équipe DRF", "equipe-drf@chrvc.example")], "retirement party notice")


WRITERS = [facture_fournisseur, bon_commande, relance_belge, stats_facturation, paie_calendrier, correction_paie, horaire_ete,
           infolettre, comite_appro, colloque, affichage_poste, ti_migration, installations, rappel_produit, penurie, cas_formation,
           formulaire_vierge, publipostage, inventaire, suivi_budget, naissance, retour_progressif, grille_tarifaire, appel_offres,
           iban_fraude, formation, frais_deplacement, comite_verif, stats_urgence, retraite]
CATS = {facture_fournisseur: "invoice", bon_commande: "purchase_order", relance_belge: "payment_reminder", stats_facturation: "statistics",
        paie_calendrier: "payroll", correction_paie: "payroll_correction", horaire_ete: "schedule", infolettre: "newsletter",
        comite_appro: "committee", colloque: "conference", affichage_poste: "job_posting", ti_migration: "it_notice",
        installations: "facilities", rappel_produit: "recall", penurie: "drug_shortage", cas_formation: "teaching_case",
        formulaire_vierge: "blank_form", publipostage: "template", inventaire: "inventory", suivi_budget: "budget",
        naissance: "staff_news", retour_progressif: "occupational_health", grille_tarifaire: "price_list", appel_offres: "tender",
        iban_fraude: "vendor_fraud", formation: "training", frais_deplacement: "expense_policy", comite_verif: "minutes",
        stats_urgence: "statistics", retraite: "staff_news"}
