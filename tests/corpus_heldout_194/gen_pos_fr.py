"""Confidential messages in French (patient billing, claims, collections)."""
import datetime

from gen_clin import TRAUMA, bundle, dx, proc
from gen_docs import make_csv, make_docx, make_ics, make_pdf, make_vcf, make_xlsx, make_zip
from gen_common import strip_accents
from gen_spec import ORG_FR, sub_spec


def _hi(m, p=None):
    r = m.ctx.rng
    g = p.given if p else ""
    return r.choice(["Bonjour %s," % g, "Bonjour,", "Salut %s," % g, "Bon matin %s," % g]).replace(" ,", ",")


def _bye(m):
    return m.ctx.rng.choice(["Merci!", "Merci beaucoup,", "Bonne journée,", "Merci de ton aide.", "Cordialement,"])


def ramq_refus(m):
    ctx, r = m.ctx, m.ctx.rng
    me, you = ctx.staff("fr"), ctx.staff("fr")
    rows = [["Usager", "NAM", "Naissance", "Sexe", "Épisode", "Dx"]]
    for _ in range(r.randint(2, 3)):
        p = ctx.holder()
        d, code = dx(r, "fr")
        rows.append([m.name(p, r.choice(["caps_first", "sur_first", "full", "caps_comma"])), m.nam(p),
                     m.dob(p), p.sex, m.d(m.before(20, 60), "%Y-%m-%d"), "%s (%s)" % (code, d)])
    m.t("diagnosis")
    code = r.choice(["078", "112", "090"])
    motif = {"078": "NAM invalide ou carte expirée", "112": "date de naissance non concordante",
             "090": "usager non admissible à la date du service"}[code]
    blocks = [_hi(m, you),
              "La RAMQ nous a retourné les demandes ci-dessous sur l'état de compte du %s, code de refus %s (« %s »)."
              % (m.d(m.before(2, 9)), code, motif),
              "Peux-tu valider avec les usagers ou les archives et me revenir avec la carte valide? Il faut refacturer avant la fin de la période %d."
              % r.randint(4, 13)]
    if r.random() < 0.5:
        m.atts.append(dict(kind="csv", filename="refus_ramq_%s.csv" % m.d(fmt="%Y%m%d"),
                           data=make_csv(rows, delimiter=";", encoding="utf-8-sig"), charset="utf-8"))
        blocks.append("La liste est dans le fichier CSV joint (%d lignes)." % (len(rows) - 1))
    else:
        blocks.append(("table", rows))
    blocks += [_bye(m), m.sig(me, "billing")]
    return m.spec("Refus RAMQ — code %s — à corriger" % code, blocks, m.addr(me), [m.addr(you)],
                  "RAMQ claim rejections to correct")


def touriste_france(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    p = ctx.person("fr", age=(25, 80))
    d, code = dx(r, "fr", [0, 1, 2, 4, 11, 12, 14])
    days = r.randint(2, 9)
    adm = m.before(10, 40)
    tot = ctx.amount(6000, 48000)
    nir = m.nir(p)
    dossier = m.mrn()
    m.t("patient_name", "diagnosis", "patient_contact")
    adr = ctx.address(region="fr")
    blocks = ["Madame, Monsieur,",
              "Nous vous transmettons la facture relative à l'hospitalisation de votre %s %s, %s le %s, "
              "n° de sécurité sociale %s, %s le %s à notre urgence puis %s %d jours pour %s."
              % (m.g(p, "assuré", "assurée"), m.name(p, r.choice(["title", "caps_first", "full"])), m.g(p, "né", "née"), m.dob(p), nir,
                 m.g(p, "admis", "admise"), m.d(adm) + " " + str(adm.year), m.g(p, "hospitalisé", "hospitalisée"), days, d),
              "Adresse de résidence déclarée : %s." % adr,
              "Montant total : %s (tarif non-résident, taux de %s). Numéro de dossier hospitalier : %s."
              % (m.money(tot), m.date.year, dossier),
              "Nous vous prions de confirmer la prise en charge ou, à défaut, de nous indiquer si la facture doit être adressée directement au patient.",
              "Veuillez agréer nos salutations distinguées.", m.sig(me, "billing")]
    rows = [["Date", "Description", "Qté", "Montant"],
            [m.d(adm, "%Y-%m-%d"), "Visite à l'urgence — niveau 2", "1", m.money(ctx.amount(800, 1600))],
            [m.d(adm, "%Y-%m-%d"), "Imagerie et laboratoire", "1", m.money(ctx.amount(400, 2400))],
            ["", "Journées d'hospitalisation (%s)" % code, str(days), m.money(tot * 0.7)]]
    if r.random() < 0.7:
        m.atts.append(dict(kind="pdf", filename="Facture_non-resident_%s.pdf" % dossier.replace(" ", "").replace("/", ""),
                           data=make_pdf("Facture — usager non résident", [
                               "Usager : %s %s   Né(e) le : %s" % (p.given, p.surname.upper(), p.dob.strftime("%d/%m/%Y")),
                               "NIR : %s   Dossier : %s" % (nir, dossier), "Adresse : %s" % adr,
                               "Diagnostic principal : %s (%s)" % (d, code)], rows, footer=ORG_FR)))
    return m.spec("Prise en charge — hospitalisation de votre assuré(e) — dossier %s" % dossier, blocks,
                  m.addr(me), [("Service prise en charge", "pec@mutuelle-atlantique.example")],
                  "invoice to French insurer for hospital stay")


def touriste_belgique(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    p = ctx.person("fr", age=(20, 85))
    d, code = dx(r, "fr", [2, 12, 22, 26, 9, 3])
    fr_ = r.random() < 0.4
    niss = m.nir(p) if fr_ else m.niss(p)
    lbl = "NIR" if fr_ else "NISS"
    m.t("patient_name", "diagnosis")
    paras = ["Garantie de paiement — soins hospitaliers à l'étranger",
             "Patient : %s" % m.name(p, r.choice(["caps_first", "full", "caps_comma"])),
             "%s : %s" % (lbl, niss),
             "Date de naissance : %s" % m.dob(p),
             "Motif de l'admission : %s" % d,
             "Date d'arrivée : %s" % m.d(m.before(3, 15), "%d/%m/%Y"),
             "Estimation des frais : %s" % m.money(ctx.amount(3000, 22000))]
    fname = "demande_garantie_%s.docx" % r.choice([lbl, "mutualité", "prise_en_charge_étranger"])
    m.atts.append(dict(kind="docx", filename=fname, data=make_docx("Demande de garantie de paiement", paras)))
    blocks = ["Bonjour,",
              r.choice(["Suite à notre échange téléphonique de ce matin, vous trouverez ci-joint la demande de garantie de paiement pour votre affilié(e).",
                        "Veuillez trouver ci-joint notre demande de garantie pour un(e) de vos affilié(e)s hospitalisé(e) chez nous depuis quelques jours."]),
              "Sans garantie écrite d'ici 48 h, nous devrons exiger un dépôt de la famille.",
              "Bien à vous,", m.sig(me, "billing")]
    if r.random() < 0.5:
        blocks.insert(2, "Il s'agit de %s (%s %s), %s." % (m.name(p, "title"), lbl, niss, d))
    return m.spec("Garantie de paiement — affilié(e) hospitalisé(e) au Québec", blocks, m.addr(me),
                  [("Plateforme assistance CPAM", "assistance@caisse-assurance-maladie.example") if fr_ else
                   ("Assistance Mutualités Wallonie", "assistance@mutualites-wallonie.example")],
                  "payment guarantee request to Belgian sickness fund")


def entente_paiement(m):
    ctx, r = m.ctx, m.ctx.rng
    me, chief = ctx.staff("fr"), ctx.staff("fr")
    p = ctx.person("fr", age=(30, 70))
    tel = ctx.phone_fmt()
    solde = ctx.amount(600, 4800)
    m.t("patient_name", "social_information", "patient_contact")
    pr_ = m.g(p, "il", "elle")
    motif = r.choice(["%s est prestataire de l'aide sociale depuis sa mise à pied" % pr_,
                      "%s vit de la Solidarité sociale et habite en maison de chambres" % pr_,
                      "%s est %s temporairement chez sa sœur depuis la perte de son logement" % (pr_, m.g(p, "hébergé", "hébergée")),
                      "%s reçoit des prestations d'aide financière de dernier recours" % pr_])
    extra = []
    if r.random() < 0.6:
        d, _ = dx(r, "fr", [5, 6, 8, 16, 28])
        m.t("diagnosis")
        extra = ["Le solde vient de la chambre semi-privée lors de son hospitalisation pour %s." % d]
    blocks = [_hi(m, chief), "J'ai parlé ce matin avec %s (%s) au sujet de son solde de %s : %s."
              % (m.name(p), tel, m.money(solde), motif)] + extra + [
        "Je propose une entente de %d $/mois sans intérêts et la suspension de l'envoi au recouvrement. "
        "Ça te convient? Je dois lui confirmer par téléphone d'ici vendredi." % r.choice([20, 25, 40, 50]),
        _bye(m), m.sig(me, "billing")]
    if r.random() < 0.5:
        when = m.earlier(20, 70)
        pe = "%s.%s%d@courriel.example" % (strip_accents(p.given).lower()[0], strip_accents(p.surname).lower().replace(" ", "").replace("'", ""), r.randint(1, 99))
        inner = ["Bonjour,", "J'ai reçu votre état de compte de %s. Je suis sur l'aide sociale et je ne peux pas payer ça d'un coup. Est-ce qu'on peut s'arranger? Vous pouvez m'appeler au %s."
                 % (m.money(solde), tel), "%s" % p.given]
        m.atts.append(dict(kind="eml", filename="Message du patient.eml",
                           spec=sub_spec(m, "Mon état de compte", inner, ("%s %s" % (p.given, p.surname), pe),
                                         [("Facturation CHRVC", "facturation@chrvc.example")], when)))
        blocks.insert(2, "Son courriel original est joint.")
    return m.spec(r.choice(["Entente de paiement — demande d'approbation", "Demande d'entente de paiement", "Approbation entente — solde usager"]),
                  blocks, m.addr(me), [m.addr(chief)], "payment plan approval for patient on income support")


def cnesst(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    p = ctx.person("fr", age=(19, 64))
    d, code = dx(r, "fr", TRAUMA)
    nas = m.sin()
    m.t("patient_name", "diagnosis")
    acc = m.before(10, 60)
    blocks = ["Bonjour,",
              r.choice(["Voici la facture pour les soins reçus par %s %s (NAS %s, %s le %s) à la suite de l'événement du %s.",
                        "Ci-joint les renseignements pour facturer les soins de %s %s (NAS %s, %s le %s), accident du travail survenu le %s."])
              % (m.g(p, "le travailleur", "la travailleuse"), m.name(p, r.choice(["full", "caps_first", "title"])), nas, m.g(p, "né", "née"), m.dob(p), m.d(acc) + " " + str(acc.year)),
              "Diagnostic : %s (%s). Visite à l'urgence, %s." % (d, code, r.choice(["imagerie et suivi en clinique externe", "traitement et suivi en clinique externe", "observation et congé le lendemain"])),
              "N° de réclamation : %d-%05d. Montant : %s." % (r.randint(500, 599), r.randrange(100000), m.money(ctx.amount(300, 3500))),
              "Merci de nous confirmer l'admissibilité de la réclamation.", m.sig(me, "billing")]
    return m.spec("Réclamation CNESST — facture — travailleur accidenté", blocks, m.addr(me),
                  [("Centre de traitement des réclamations", "reclamations@indemnisation-travail.example")],
                  "work-accident claim invoice to compensation board")


def saaq(m):
    ctx, r = m.ctx, m.ctx.rng
    me, you = ctx.staff("fr"), ctx.staff("fr")
    d, code = dx(r, "fr", [2, 22, 12, 26])
    if r.random() < 0.5:
        p = ctx.holder()
        ident = "NAM %s, %s, %s le %s" % (m.nam(p), m.sexs(p), m.g(p, "né", "née"), m.dob(p))
    else:
        p = ctx.person("fr", age=(17, 80))
        ident = "dossier %s" % m.mrn()
    m.t("patient_name", "diagnosis")
    blocks = [_hi(m, you),
              "Pour le dossier accident de la route : %s, %s." % (m.name(p), ident),
              "Admission le %s via l'urgence, %s. Séjour de %d jours au 4e Nord." % (m.d(m.before(15, 50)), d, r.randint(2, 12)),
              "La SAAQ demande le rapport d'hospitalisation et la facture détaillée avant d'émettre le paiement. Peux-tu me sortir la feuille sommaire des archives?",
              _bye(m), m.sig(me, "billing")]
    return m.spec("SAAQ — accident de la route — %s" % r.choice(["pièces demandées", "documents à fournir", "suivi"]),
                  blocks, m.addr(me), [m.addr(you)], "road-accident insurer file: documents requested")


def chambre_privee(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    holder = r.random() < 0.5
    p = ctx.holder_where(lambda h: h.dob.year < 2000) if holder else ctx.person("fr", age=(30, 85))
    pr = proc(r, "fr")
    d, code = dx(r, "fr", [2, 3, 13, 18, 19])
    m.t("patient_name", "diagnosis")
    adm = m.before(10, 40)
    pol = "%s-%06d" % (r.choice(["GRP", "IND", "COL"]), r.randrange(10 ** 6))
    subj_only = r.random() < 0.5
    who = m.g(p, "l'assuré", "l'assurée") if subj_only else m.name(p, r.choice(["title", "caps_first", "full"]))
    blocks = ["Bonjour,",
              "Nous demandons le remboursement du supplément de chambre privée pour %s, police %s, %s du %s au %s pour %s (%s)."
              % (who, pol, m.g(p, "hospitalisé", "hospitalisée"), m.d(adm), m.d(adm + datetime.timedelta(days=r.randint(2, 8))), pr, d),
              "Supplément : %s par jour, total %s. La facture détaillée suit par la poste." % (m.money(r.choice([125, 145, 160])), m.money(ctx.amount(300, 1400))),
              m.sig(me, "billing")]
    if holder:
        blocks.insert(2, "Identification : NAM %s, %s le %s, sexe %s." % (m.nam(p), m.g(p, "né", "née"), m.dob(p), p.sex))
    elif not subj_only and r.random() < 0.5:
        blocks.insert(2, "Dossier hospitalier : %s." % m.mrn())
    subj = ("Chambre privée — %s — police %s" % (m.name(p, r.choice(["caps_first", "full", "sur_first"])), pol)) if subj_only \
        else "Supplément chambre privée — police %s" % pol
    return m.spec(subj, blocks, m.addr(me), [("Réclamations santé", "sante@assurances-boreales.example")],
                  "private-room supplement claim to insurer")


def remboursement(m):
    ctx, r = m.ctx, m.ctx.rng
    me, you = ctx.staff("fr"), ctx.staff("fr")
    p = ctx.person("fr", age=(20, 85))
    pr = r.choice(["IRM du genou (déchirure méniscale)", "échographie pelvienne (kyste ovarien)",
                   "coloscopie (polypes)", "TDM abdominale (lithiase rénale)"])
    adr = ctx.address("fr")
    amt = ctx.amount(40, 900)
    m.t("patient_name", "patient_contact", "diagnosis")
    in_att = r.random() < 0.5
    letter = ["%s" % m.name(p, "title"), adr, "",
              "Objet : remboursement d'un trop-perçu",
              "Nous avons reçu deux paiements pour votre examen du %s (%s). Vous trouverez ci-joint un chèque de %s."
              % (m.d(m.before(20, 90)), pr, m.money(amt))]
    if in_att:
        m.atts.append(dict(kind="pdf", filename=r.choice(["lettre_remboursement.pdf", "Lettre_trop-perçu.pdf"]),
                           data=make_pdf("Remboursement d'un trop-perçu", letter, footer=ORG_FR)))
        body = ["%s Chèque n° %d à poster avec la lettre ci-jointe (adresse dans la lettre)." % (_hi(m, you), r.randint(40000, 49999)),
                _bye(m), m.sig(me, "ap")]
    else:
        body = [_hi(m, you), "Peux-tu émettre un chèque de remboursement de %s à l'ordre de %s, %s? Trop-perçu pour %s, payé deux fois (carte et chèque)."
                % (m.money(amt), m.name(p, "full"), adr, pr), _bye(m), m.sig(me, "billing")]
    return m.spec("Remboursement trop-perçu — chèque", body, m.addr(me), [m.addr(you)],
                  "overpayment refund cheque to patient")


def recouvrement(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    rows = [["Nom", "Prénom", "Dossier", "Adresse", "Téléphone", "Service", "Solde"]]
    for _ in range(r.randint(4, 7)):
        p = ctx.person("fr", age=(18, 80))
        d, _ = dx(r, "fr", [0, 4, 10, 12, 16, 24, 29])
        rows.append([p.surname.upper(), p.given, m.mrn("plain"), ctx.address("fr"), ctx.phone(),
                     "Urgence — %s" % d, "%.2f" % ctx.amount(150, 3000)])
    m.t("patient_name", "patient_contact", "diagnosis")
    x = make_xlsx([("Comptes", rows)])
    if r.random() < 0.4:
        c = make_csv(rows, delimiter=";", encoding="cp1252")
        m.atts.append(dict(kind="zip", filename="transfert_recouvrement_%s.zip" % m.d(fmt="%Y%m"),
                           data=make_zip([("comptes.xlsx", x), ("comptes.csv", c)])))
    else:
        m.atts.append(dict(kind="xlsx", filename="transfert_recouvrement_%s.xlsx" % m.d(fmt="%Y%m"), data=x))
    blocks = ["Bonjour,", r.choice(["Ci-joint le lot de %s : %d comptes d'usagers non assurés, sans paiement après trois avis.",
                                    "Voici les comptes transférés pour %s (%d dossiers). Le troisième avis a été posté il y a plus de 60 jours."])
              % (m.d(fmt="%m/%Y"), len(rows) - 1),
              "Rappel : ne pas communiquer avec les usagers avant le %s." % m.d(m.after(5, 12)),
              "Merci,", m.sig(me, "billing")]
    return m.spec("Transfert au recouvrement — lot %s" % m.d(fmt="%Y-%m"), blocks, m.addr(me),
                  [("Dossiers CHRVC", "dossiers@recouvrement-nordik.example")],
                  "batch of unpaid accounts sent to collection agency")


def ambulance(m):
    ctx, r = m.ctx, m.ctx.rng
    me, you = ctx.staff("fr"), ctx.staff("fr")
    p = ctx.holder()
    d, _ = dx(r, "fr", [1, 7, 14, 17])
    m.t("diagnosis")
    dest = r.choice(["l'Institut de cardiologie de Laval-Sud", "le Centre universitaire de Rive-Nord", "l'Hôpital du Haut-Lac"])
    blocks = [_hi(m, you),
              "Transport inter-établissements à facturer :",
              "Usager : %s\nNAM : %s\nNaissance : %s — %s\nTransfert vers %s le %s (%s), retour prévu en transport adapté."
              % (m.name(p, r.choice(["caps_first", "full", "sur_first"])), m.nam(p), m.dob(p), m.sexs(p), dest, m.d(m.before(2, 20)), d),
              "Le bon de transport est dans la chemise de l'unité. " + _bye(m), m.sig(me, "admit")]
    return m.spec("Transport ambulancier — facturation", blocks, m.addr(me), [m.addr(you)],
                  "inter-hospital ambulance transfer to bill")


def pharmacie(m):
    ctx, r = m.ctx, m.ctx.rng
    ph, you = ctx.staff("fr"), ctx.staff("fr")
    p = ctx.holder()
    d, md1 = bundle(r, "fr")
    m.t("medication")
    rows = [["Usager", "NAM", "DDN", "Sexe", "Médicament", "Qté"],
            [m.name(p, r.choice(["caps_first", "caps_comma", "full"])), m.nam(p), m.dob(p), p.sex, md1, "%d j" % r.choice([7, 14, 30])]]
    if r.random() < 0.4:
        rows.append(["", "", "", "", r.choice(["pantoprazole 40 mg DIE", "ondansétron 4 mg PRN", "acétaminophène 500 mg PRN"]), "%d j" % r.choice([7, 14])])
    blocks = [_hi(m, you),
              r.choice(["Médicaments remis au congé, non couverts par le régime public (assurance privée à facturer) :",
                        "Voici les médicaments de départ à facturer à l'assureur privé :"]),
              ("table", rows)]
    if r.random() < 0.6:
        m.t("diagnosis")
        blocks.append("Indication : %s." % d)
    blocks += [r.choice(["La carte d'assurance est numérisée au dossier pharmacie.", "Copie de la carte d'assurance à la pharmacie, au besoin."]),
               m.sig(ph, "pharm")]
    return m.spec("Facturation — médicaments remis au congé", blocks, m.addr(ph), [m.addr(you)],
                  "discharge medications to bill to private insurer")


def pfsi(m):
    ctx, r = m.ctx, m.ctx.rng
    me, you = ctx.staff("fr"), ctx.staff("fr")
    p = ctx.person("fr", age=(1, 60))
    d, _ = dx(r, "fr", [0, 9, 30, 8, 15])
    m.t("patient_name", "social_information", "diagnosis", "date_of_birth")
    blocks = [_hi(m, you),
              "%s, %s le %s, est %s d'asile %s en %s, %s au centre d'accueil du Vieux-Port. "
              "Le document du PFSI est valide jusqu'au %s."
              % (m.name(p), m.g(p, "né", "née"), m.dob(p), m.g(p, "demandeur", "demandeuse"), m.g(p, "arrivé", "arrivée"),
                 m.d(m.before(60, 200), "%m/%Y"), m.g(p, "hébergé", "hébergée"), m.d(m.after(60, 300), "%Y-%m-%d")),
              "Admission pour %s. Il faut facturer Croix Bleue Médavie (PFSI) et non l'usager; merci de retirer le compte de la file des non-assurés."
              % d,
              _bye(m), m.sig(me, "billing")]
    if r.random() < 0.5:
        blocks.insert(2, "Dossier : %s" % m.mrn())
    return m.spec(r.choice(["PFSI — ne pas facturer l'usager", "Couverture PFSI — compte à corriger"]), blocks,
                  m.addr(me), [m.addr(you)], "asylum seeker coverage: correct billing payer")


def dpj(m):
    ctx, r = m.ctx, m.ctx.rng
    me, you = ctx.staff("fr"), ctx.staff("fr")
    holder = r.random() < 0.5
    p = ctx.holder_where(lambda h: h.dob.year >= 2008) if holder else ctx.person("fr", age=(2, 16))
    m.t("patient_name", "social_information", "date_of_birth")
    blocks = [_hi(m, you),
              "Important pour le compte de l'enfant %s (DDN %s, dossier %s) : l'enfant est %s en famille d'accueil par la DPJ depuis %s."
              % (m.name(p, r.choice(["full", "caps_first", "sur_first"])), m.dob(p), m.mrn(), m.g(p, "placé", "placée"), m.d(m.before(30, 200), "%m/%Y")),
              "Aucun état de compte ne doit être envoyé à l'adresse des parents. Les frais d'orthèse et de transport sont à facturer au Centre jeunesse, à l'attention de l'intervenante au dossier."]
    if r.random() < 0.6:
        d, _ = dx(r, "fr", [12, 22, 15, 28])
        m.t("diagnosis")
        blocks.append("Pour info : suivi en pédiatrie pour %s." % d)
    if holder:
        blocks.insert(2, "NAM de l'enfant : %s (sexe %s). La carte est conservée par l'intervenante." % (m.nam(p), p.sex))
    blocks += [_bye(m), m.sig(me, "billing")]
    return m.spec("Compte d'un enfant placé — adresse de facturation", blocks, m.addr(me), [m.addr(you)],
                  "child in youth-protection placement: billing address")


def violence(m):
    ctx, r = m.ctx, m.ctx.rng
    me, you = ctx.staff("fr"), ctx.staff("fr")
    holder = r.random() < 0.4
    p = ctx.holder_where(lambda h: h.sex == "F" and h.dob.year < 2004) if holder else ctx.person("fr", sex="F", age=(20, 60))
    adr = ctx.address("fr")
    m.t("patient_name", "social_information", "patient_contact")
    blocks = [_hi(m, you),
              "À la demande de la travailleuse sociale de l'urgence : %s (dossier %s) est hébergée en maison d'aide et d'hébergement pour femmes victimes de violence conjugale."
              % (m.name(p, r.choice(["title", "full", "caps_first"])), m.mrn()),
              "NE PLUS RIEN POSTER à l'ancienne adresse (%s) ni appeler au numéro au dossier : le conjoint y habite toujours. "
              "Mettre le compte en attente et utiliser seulement la case postale de la maison d'hébergement." % adr,
              "Merci de confirmer quand le drapeau est ajouté dans le système.", m.sig(me, "billing")]
    if holder:
        blocks.insert(2, "Pour retrouver le compte : NAM %s, DDN %s, %s." % (m.nam(p), m.dob(p), m.sexs(p)))
    return m.spec(r.choice(["URGENT — blocage des envois postaux", "Compte à bloquer — sécurité"]), blocks,
                  m.addr(me), [m.addr(you)], "block statements: patient in violence shelter", importance="High")


def correction_dx(m):
    ctx, r = m.ctx, m.ctx.rng
    me, md = ctx.staff("fr"), ctx.staff("fr")
    p = ctx.holder()
    (d1, c1), (d2, c2) = dx(r, "fr"), dx(r, "fr")
    m.t("diagnosis")
    when = m.earlier(10, 50)
    quoted = ["Le diagnostic saisi est le %s (%s) mais la feuille sommaire indique %s (%s). Lequel est le bon?" % (c1, d1, c2, d2),
              "Usager : %s, NAM %s, %s, %s le %s." % (m.name(p), m.nam(p), m.sexs(p), m.g(p, "né", "née"), m.dob(p))]
    blocks = [r.choice(["C'est %s (%s). J'ai corrigé la feuille sommaire." % (c2, d2), "Le bon code est %s, %s. Corrigé." % (c2, d2)]),
              "Dr %s" % md.surname,
              ("quote", m.quote_hdr("%s %s" % (me.given, me.surname), when), quoted)]
    return m.spec("RE: Correction du code de diagnostic — demande de paiement", blocks, m.addr(md),
                  [m.addr(me)], "physician confirms diagnosis code for a claim", in_reply_to="<%s.q@chrvc.example>" % when.strftime("%Y%m%d%H%M"))


def audit_dossiers(m):
    ctx, r = m.ctx, m.ctx.rng
    me, you = ctx.staff("fr"), ctx.staff("fr")
    rows = [["Dossier", "Épisode", "Dx principal", "DS (j)", "Écart"]]
    for i in range(r.randint(5, 8)):
        d, code = dx(r, "fr")
        rows.append([m.mrn(r.choice(["plain", "h"])), "%s-%03d" % (m.date.year, r.randrange(1000)), "%s %s" % (code, d),
                     str(r.randint(1, 30)), r.choice(["OK", "code à revoir", "DS > cible", "OK"])])
    m.t("diagnosis")
    per = r.randint(1, 13)
    blocks = [_hi(m, you), "Voici l'échantillon tiré pour la vérification interne du codage (période %d)." % per,
              ("table", rows), "Les dossiers papier sont à récupérer aux archives d'ici jeudi.", m.sig(me, "budget")]
    return m.spec("Échantillon — vérification du codage P%d" % per, blocks, m.addr(me), [m.addr(you)],
                  "coding audit sample: chart numbers with diagnoses", table_style=r.choice(["align", "pipe", "tab"]))


def cataracte(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    holder = r.random() < 0.6
    p = ctx.holder() if holder else ctx.person("fr", age=(55, 88))
    tel = ctx.phone_fmt()
    m.t("patient_name", "diagnosis", "patient_contact")
    st = datetime.datetime.combine(m.after(10, 40), datetime.time(r.choice([8, 9, 10, 13]), r.choice([0, 30])))
    ident = ""
    if holder:
        ident = " (NAM %s, %s, %s)" % (m.nam(p), m.dob(p), m.sexs(p))
    desc = "%s%s — cataracte OD, lentille torique (frais non assurés à percevoir avant la chirurgie). Tél. %s" % (m.name(p, "caps_first"), ident, tel)
    m.atts.append(dict(kind="ics", filename="prépaiement_chirurgie_%s.ics" % st.strftime("%Y%m%d"),
                       data=make_ics("%s-%d@chrvc.example" % (st.strftime("%Y%m%d%H%M"), r.randrange(9999)), st,
                                     st + datetime.timedelta(hours=1), "Chir. cataracte — %s" % p.surname.upper(),
                                     "Bloc ambulatoire, 2e étage", desc, ("Facturation", "facturation@chrvc.example"),
                                     m.date.replace(tzinfo=None))))
    blocks = ["Bonjour,",
              "%s%s est %s le %s pour sa chirurgie de la cataracte de l'œil droit avec lentille torique. "
              "Le supplément de %s doit être payé avant la chirurgie; pouvez-vous %s joindre au %s?"
              % (m.name(p), ident, m.g(p, "cédulé", "cédulée"), m.d(st.date()), m.money(r.choice([650, 800, 950])), m.g(p, "le", "la"), tel),
              "Invitation jointe pour votre agenda.", m.sig(me, "admit")]
    return m.spec("Prépaiement — chirurgie cataracte %s" % m.d(st.date()), blocks, m.addr(me),
                  [("Caisse — facturation", "caisse@chrvc.example")], "prepayment before cataract surgery appointment")


def formulaire_invalidite(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    p = ctx.person("fr", age=(25, 62))
    d, _ = dx(r, "fr", [15, 19, 20, 27, 7, 28])
    nas = m.sin()
    m.t("patient_name", "diagnosis")
    paras = ["Déclaration du médecin traitant — assurance invalidité",
             "Nom de l'assuré : %s" % m.name(p, r.choice(["caps_first", "full"])),
             "Date de naissance : %s" % m.dob(p), "NAS : %s" % nas,
             "Diagnostic : %s" % d, "Arrêt de travail depuis le : %s" % m.d(m.before(30, 120), "%Y-%m-%d"),
             "Frais de formulaire : %s (payable par l'assuré)" % m.money(r.choice([40, 60, 75]))]
    kind = r.choice(["pdf", "docx"])
    fn = r.choice(["Déclaration_médecin_invalidité", "Formulaire_assureur_complété", "Declaration_medecin"]) + "." + kind
    data = make_pdf(paras[0], paras[1:]) if kind == "pdf" else make_docx(paras[0], paras[1:])
    m.atts.append(dict(kind=kind, filename=fn, data=data))
    blocks = ["Bonjour,", r.choice(["Formulaire complété par le Dr %s, à facturer à l'usager avant l'envoi à l'assureur.",
                                    "Le Dr %s a rempli la déclaration ci-jointe. Merci de percevoir les frais avant de la remettre."]) % ctx.staff("fr").surname,
              "Reçu : %s" % r.choice(["en attente", "payé par carte", "à percevoir"]), m.sig(me, "billing")]
    return m.spec("Formulaire d'assurance complété — frais à facturer", blocks, m.addr(me),
                  [("Caisse — facturation", "caisse@chrvc.example")], "disability insurer form fee with physician statement")


def succession(m):
    ctx, r = m.ctx, m.ctx.rng
    me = ctx.staff("fr")
    p = ctx.person("fr", age=(60, 95))
    d, _ = dx(r, "fr", [18, 19, 20, 31, 17])
    liq = ctx.person("fr")
    m.t("patient_name", "diagnosis")
    fn = "Succession_%s_%s_releve.pdf" % (p.surname.replace(" ", ""), p.given)
    m.atts.append(dict(kind="pdf", filename=fn, data=make_pdf("Relevé de compte — succession", [
        "Succession de %s %s %s" % (m.g(p, "feu", "feue"), p.given, p.surname),
        "Séjour en soins palliatifs (%s) du %s au %s" % (d, m.d(m.before(60, 120), "%Y-%m-%d"), m.d(m.before(10, 50), "%Y-%m-%d")),
        "Frais de chambre privée : %s" % m.money(ctx.amount(400, 3000))], footer=ORG_FR)))
    blocks = ["%s %s," % ("Madame" if liq.sex == "F" else "Monsieur", liq.surname),
              "À titre de liquidateur(-trice) de la succession, vous trouverez ci-joint le relevé des frais non assurés.",
              "Nos condoléances à la famille.", m.sig(me, "billing")]
    return m.spec("Relevé de compte — succession", blocks, m.addr(me), [m.addr(liq, "courriel.example")],
                  "statement to estate liquidator; identity in file name")


def note_rapide(m):
    ctx, r = m.ctx, m.ctx.rng
    me, you = ctx.staff("fr"), ctx.staff("fr")
    p = ctx.person("fr", age=(18, 90))
    tel = ctx.phone_fmt()
    d, _ = dx(r, "fr", [12, 2, 24, 10, 0])
    m.t("patient_name", "patient_contact", "diagnosis")
    s = r.randrange(3)
    if s == 0:
        blocks = ["%s peux-tu rappeler %s au %s? %s conteste la facture d'ambulance (%s, transport le %s). Je suis en formation cet après-midi."
                  % (you.given, m.name(p, r.choice(["sur_first", "lower", "title_sur"])), tel, m.g(p, "Il", "Elle"), d, m.d(m.before(5, 30))),
                  me.given]
    elif s == 1:
        blocks = ["Rappel — %s, %s, %s" % (m.name(p, "lower"), tel, d), "veut un reçu pour ses impôts, visites du %s et %s"
                  % (m.d(m.before(40, 90)), m.d(m.before(5, 39))), "-- %s" % me.given]
    else:
        m.atts.append(dict(kind="vcf", filename="%s.vcf" % p.surname.replace(" ", ""),
                           data=make_vcf("%s %s" % (p.given, p.surname), "%s;%s;;;" % (p.surname, p.given),
                                         tel=tel, adr=ctx.address("fr"), note="Solde urgence — %s" % d)))
        m.t("patient_contact")
        blocks = ["Fiche de l'usager jointe, à rappeler pour son solde (urgence, %s). Merci!" % d, me.given]
    return m.spec(r.choice(["appel à retourner", "À rappeler SVP", "rappel usager", "tel"]), blocks, m.addr(me), [m.addr(you)],
                  "quick note: call patient back about a bill")


WRITERS = [ramq_refus, touriste_france, touriste_belgique, entente_paiement, cnesst, saaq, chambre_privee,
           remboursement, recouvrement, ambulance, pharmacie, pfsi, dpj, violence, correction_dx,
           audit_dossiers, cataracte, formulaire_invalidite, succession, note_rapide]
CATS = {ramq_refus: "ramq_rejection", touriste_france: "foreign_insurer", touriste_belgique: "payment_guarantee",
        entente_paiement: "payment_plan", cnesst: "work_accident_claim", saaq: "road_accident_claim",
        chambre_privee: "private_room", remboursement: "refund", recouvrement: "collections",
        ambulance: "ambulance_billing", pharmacie: "pharmacy_billing", pfsi: "ifhp_coverage", dpj: "youth_protection",
        violence: "mail_block", correction_dx: "claim_correction", audit_dossiers: "coding_audit",
        cataracte: "prepayment", formulaire_invalidite: "insurer_form", succession: "estate_statement",
        note_rapide: "callback_note"}
