"""Hard negatives in French: what an emergency department sends that carries no patient data."""
import datetime as _dt

import gen_attach as A
from gen_base import Item, fr_date, later, signature
from gen_common import FR_MONTHS, ORG
from gen_mime import Att, Mail

L = "fr"
DOM = ORG["fr_dom"]
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
SPECIALTIES = ["traumatologie", "neurochirurgie", "chirurgie vasculaire", "orthopédie", "soins intensifs",
               "cardiologie d'intervention", "toxicologie clinique", "échographie ciblée", "médecine d'urgence gériatrique"]


def fn(ctx, sex=None):
    s = ctx.staff(L, sex)
    return s, (s.full, s.email(DOM))


def neg(ctx, cat, note):
    return Item(ctx, cat, L, False, note)


def _fin(it, m, pin=None):
    it.mail = m
    it.pin = pin or {}
    return it


def mk(ctx, frm, to, subject, when, text=None, html=None, atts=None, cc=None, headers=None):
    return Mail(frm, to, subject, when, ctx.msgid(frm[1].split("@")[1]), text=text, html=html,
                atts=atts, cc=cc, headers=headers)


def all_staff():
    return ("Personnel de l'urgence", "urgence-tous@" + DOM)


# 1 ------------------------------------------------------------------ nursing schedule XLSX
def schedule(ctx):
    it = neg(ctx, "schedule", "horaire des infirmières de l'urgence pour la période")
    when = ctx.when()
    ch, frm = fn(ctx, "F")
    start = _dt.date(2025, when.month, 1)
    rows = [["Employé", "Titre"] + [(start + _dt.timedelta(days=i)).strftime("%d/%m") for i in range(14)]]
    for _ in range(ctx.randint(8, 12)):
        s = ctx.staff(L)
        rows.append([s.full, ctx.pick(["inf.", "inf. clin.", "IAA", "AIC", "PAB"])] +
                    [ctx.pick(["J", "J", "S", "N", "-", "-", "C", "F"]) for _ in range(14)])
    x = A.xlsx([("Période %d" % ctx.randint(1, 13), rows), ("Légende", [["J", "Jour 7h30-15h30"], ["S", "Soir 15h30-23h30"],
                                                                      ["N", "Nuit 23h30-7h30"], ["C", "Congé"], ["F", "Férié"]])],
               author=ch.full)
    body = "Bonjour à toutes et à tous,\n\nVoici l'horaire de la prochaine période. Les échanges doivent être approuvés " \
           "par l'AIC avant le %s. Merci de vérifier vos quarts de nuit.\n\n%s\n" % (
               fr_date(later(when, 60 * 24 * 5), False), signature(ctx, ch, L, "Infirmière-chef, urgence"))
    return _fin(it, mk(ctx, frm, [all_staff()], "Horaire période — urgence", when, text=body,
                       atts=[Att("horaire_urgence_%s.xlsx" % FR_MONTHS[when.month - 1], XLSX, x, rfc2231=True)]))


# 2 ------------------------------------------------------------------ on-call roster (physicians + specialties)
def oncall(ctx):
    it = neg(ctx, "oncall_roster", "liste de garde des médecins consultants avec leurs spécialités")
    when = ctx.when()
    ag, frm = fn(ctx, "F")
    rows = []
    for spec in ctx.sample(SPECIALTIES, 6):
        s = ctx.staff(L)
        rows.append((spec, s.dr(L), ctx.phone(style="paren")))
    html = ["<html><body><p>Bonjour,</p><p>Liste de garde des consultants pour la semaine du %s :</p>" % fr_date(when, False),
            "<table border=\"1\" cellpadding=\"4\"><tr><th>Spécialité</th><th>Médecin</th><th>Téléavertisseur</th></tr>"]
    for r in rows:
        html.append("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % r)
    html.append("</table><p>En cas d'AVC ou de polytraumatisé instable, appeler d'abord la centrale.</p>")
    html.append("<p>%s<br>Agente administrative — direction des services professionnels</p></body></html>" % ag.full)
    return _fin(it, mk(ctx, frm, [all_staff()], "Garde des consultants — semaine du %s" % when.strftime("%d/%m"), when,
                       html="\n".join(html)))


# 3 ------------------------------------------------------------------ leave request answer
def leave(ctx):
    it = neg(ctx, "leave", "réponse à une demande de vacances d'une employée")
    when = ctx.when()
    ch, frm = fn(ctx)
    emp, to = fn(ctx)
    d1 = later(when, 60 * 24 * ctx.randint(20, 60))
    body = "Bonjour %s,\n\nTa demande de vacances du %s au %s est approuvée. J'ai ajusté l'horaire en conséquence. " \
           "Pour le congé de maladie de la semaine dernière, merci de remettre ton billet médical aux ressources humaines " \
           "(pas à moi).\n\nBonne journée,\n\n%s\n" % (emp.given, fr_date(d1, False), fr_date(later(d1, 60 * 24 * 14), False),
                                                      signature(ctx, ch, L, "Chef de service, urgence"))
    return _fin(it, mk(ctx, frm, [to], "RE: Demande de vacances", when, text=body))


# 4 ------------------------------------------------------------------ payroll
def payroll(ctx):
    it = neg(ctx, "payroll", "correction de paie pour primes de soir et de nuit")
    when = ctx.when()
    pay = ("Service de la paie", "paie@" + DOM)
    emp, to = fn(ctx)
    body = "\n".join([
        "Bonjour %s," % emp.given,
        "",
        "Suite à votre demande, nous avons vérifié la paie du %s :" % fr_date(later(when, -60 * 24 * 10), False),
        "  Matricule : %d" % ctx.randint(100000, 999999),
        "  Primes de soir non versées : 3 quarts x 8 h",
        "  Prime de nuit urgence (soins critiques) : 2 quarts",
        "  Montant à régulariser : %d,%02d $" % (ctx.randint(180, 640), ctx.randint(0, 99)),
        "",
        "Le rajustement apparaîtra sur la paie du %s." % fr_date(later(when, 60 * 24 * 7), False),
        "",
        "Service de la paie — Direction des ressources financières",
        "%s — Tél. : %s" % (ORG["fr_cisss"], ctx.phone(style="paren")),
    ])
    return _fin(it, mk(ctx, pay, [to], "Votre demande — primes", when, text=body))


# 5 ------------------------------------------------------------------ employee occupational health (not a patient)
def occ_health(ctx):
    it = neg(ctx, "occupational_health", "suivi en santé au travail d'une employée après une piqûre d'aiguille")
    when = ctx.when()
    sst, frm = fn(ctx, "F")
    emp, to = fn(ctx)
    body = "\n".join([
        "Bonjour %s," % emp.given,
        "",
        "Suite à l'exposition accidentelle au sang déclarée le %s (piqûre avec une aiguille souillée au secteur civières), "
        "vos sérologies de base sont négatives et votre immunité contre l'hépatite B est adéquate." % fr_date(later(when, -60 * 24 * 9), False),
        "Prochain prélèvement de contrôle prévu à 6 semaines. La prophylaxie a été cessée tel que discuté.",
        "",
        "Ces informations sont versées à votre dossier de santé au travail, distinct du dossier des usagers.",
        "",
        sst.full + ", inf. — Santé et sécurité au travail",
        "%s, poste %d" % (ctx.phone(style="paren"), ctx.randint(2100, 7899)),
    ])
    return _fin(it, mk(ctx, frm, [to], "Suivi SST — exposition", when, text=body))


# 6 ------------------------------------------------------------------ newsletter
def newsletter(ctx):
    it = neg(ctx, "newsletter", "bulletin interne de l'urgence avec nouvelles du personnel")
    when = ctx.when()
    ed, frm = fn(ctx)
    a, b, c, d = ctx.staff(L), ctx.staff(L), ctx.staff(L), ctx.staff(L)
    html = "\n".join([
        "<html><body style=\"font-family:Arial\">",
        "<h2>L'Écho de l'urgence — %s %d</h2>" % (FR_MONTHS[when.month - 1], when.year),
        "<h3>Bienvenue</h3><p>Bienvenue à %s, urgentologue, qui se joint à l'équipe. Elle s'intéresse particulièrement "
        "au choc septique et à l'échographie ciblée.</p>" % a.dr(L).replace("Dr ", "Dre ") if a.sex == "F" else
        "<h3>Bienvenue</h3><p>Bienvenue au %s, urgentologue, qui se joint à l'équipe. Il s'intéresse particulièrement "
        "à l'arrêt cardiaque et à l'échographie ciblée.</p>" % a.dr(L),
        "<h3>Félicitations</h3><p>Bravo à %s (%s) pour sa bourse de recherche sur les traumatismes crâniens légers chez "
        "les aînés, et à %s, inhalothérapeute, pour 25 ans de service.</p>" % (b.dr(L), ctx.pick(["traumatologie", "gériatrie"]), c.full),
        "<h3>Rappel</h3><p>Le protocole de transfusion massive a été mis à jour. %s, %s, donnera une capsule de 15 minutes "
        "mardi à 7 h 45.</p>" % (("Mme " if d.sex == "F" else "M. ") + d.full, ctx.pick(["conseillère en soins", "coordonnateur trauma"])),
        "<h3>Chiffres du mois</h3><p>%d visites, %d activations trauma, DMS sur civière %d,%d h.</p>" % (
            ctx.randint(4200, 5600), ctx.randint(18, 44), ctx.randint(14, 24), ctx.randint(0, 9)),
        "<p style=\"font-size:9pt\">Comité des communications — %s, 1250, boul. des Hospitalières, Saint-Aurèle. Tél. %s</p>" % (
            ORG["fr_hosp"], ctx.phone(style="paren")),
        "</body></html>"])
    return _fin(it, mk(ctx, frm, [all_staff()], "L'Écho de l'urgence — %s" % FR_MONTHS[when.month - 1], when, html=html))


# 7 ------------------------------------------------------------------ committee notice
def committee(ctx):
    it = neg(ctx, "committee_notice", "convocation du comité de traumatologie et ordre du jour")
    when = ctx.when()
    sec, frm = fn(ctx)
    pres = ctx.staff(L)
    d = later(when, 60 * 24 * ctx.randint(7, 20))
    body = "\n".join([
        "Bonjour,",
        "",
        "Vous êtes convoqués à la rencontre du comité de traumatologie le %s à 12 h, salle 2-115 et Teams." % fr_date(d),
        "Présidence : %s" % pres.dr(L),
        "",
        "Ordre du jour",
        "1. Adoption du compte rendu précédent",
        "2. Indicateurs du registre de traumatologie (T%d)" % ctx.randint(1, 4),
        "3. Délais de transfert vers le centre tertiaire — portrait agrégé",
        "4. Révision du protocole d'activation de l'équipe trauma (niveaux 1 et 2)",
        "5. Formation ATLS — places disponibles",
        "6. Varia",
        "",
        "Aucun dossier nominatif ne sera présenté; les revues de cas se font en comité restreint.",
        "",
        signature(ctx, sec, L, "Secrétaire de direction, programme de traumatologie"),
    ])
    return _fin(it, mk(ctx, frm, [all_staff()], "Convocation — comité de traumatologie", when, text=body))


# 8 ------------------------------------------------------------------ conference programme PDF
def conference(ctx):
    it = neg(ctx, "conference", "programme d'une journée scientifique de médecine d'urgence")
    when = ctx.when()
    org, frm = fn(ctx, "F")
    talks = ["Choc hémorragique : au-delà du 1:1:1", "Trauma crânien léger sous anticoagulant", "AVC : la thrombectomie en région",
             "Intoxications aux opioïdes de synthèse", "Fractures de la hanche : bloc fascia iliaca à l'urgence",
             "Sepsis : les 6 premières heures", "Le patient âgé qui tombe", "Échographie ciblée en arrêt cardiaque"]
    lines = ["Journée scientifique régionale de médecine d'urgence", "Vendredi %s — Auditorium Sainte-Aurélie" % fr_date(later(when, 60 * 24 * 30), False), ""]
    h = 8
    for t in ctx.sample(talks, 6):
        s = ctx.staff(L)
        lines.append("%02dh%s  %s — %s (%s)" % (h, ctx.pick(["00", "30"]), t, s.dr(L), ctx.pick(SPECIALTIES)))
        h += 1
    lines += ["", "Inscription : 75 $ (résidents gratuits). Crédits de DPC : 6 heures."]
    pdfb = A.pdf("Programme", lines)
    body = "Bonjour,\n\nLe programme de la journée scientifique est joint. Les inscriptions ferment le %s.\n\n%s\n" % (
        fr_date(later(when, 60 * 24 * 20), False), signature(ctx, org, L, "Coordonnatrice, développement professionnel"))
    return _fin(it, mk(ctx, frm, [all_staff()], "Journée scientifique — programme", when, text=body,
                       atts=[Att("programme_journée_scientifique.pdf", "application/pdf", pdfb)]))


# 9 ------------------------------------------------------------------ job posting
def job(ctx):
    it = neg(ctx, "job_posting", "affichage d'un poste d'infirmière clinicienne à l'urgence")
    when = ctx.when()
    rh = ("Dotation — Ressources humaines", "dotation@" + DOM)
    body = "\n".join([
        "AFFICHAGE INTERNE no %s-%04d" % (when.strftime("%Y"), ctx.randint(100, 9999)),
        "",
        "Titre : %s" % ctx.pick(["Infirmière clinicienne / infirmier clinicien — urgence (trauma)",
                                  "Assistante infirmière-chef / assistant infirmier-chef — urgence",
                                  "Conseillère / conseiller en soins — traumatologie"]),
        "Statut : temps complet permanent, 36,25 h/semaine, rotation jour/soir/nuit",
        "Exigences : baccalauréat en sciences infirmières, membre de l'OIIQ, ACLS et TNCC (ou à obtenir dans l'année)",
        "Atout : expérience en salle de choc, triage (ÉTG)",
        "Échelle salariale : %d,%02d $ à %d,%02d $ l'heure" % (ctx.randint(29, 33), ctx.randint(0, 99), ctx.randint(48, 54), ctx.randint(0, 99)),
        "",
        "Période d'affichage : du %s au %s." % (fr_date(when, False), fr_date(later(when, 60 * 24 * 14), False)),
        "Postuler via le portail Emplois, en joignant CV et lettre de présentation.",
    ])
    return _fin(it, mk(ctx, rh, [all_staff()], "Affichage — poste à l'urgence", when, text=body))


# 10 ----------------------------------------------------------------- invoice with checksum-valid serials
def invoice(ctx):
    it = neg(ctx, "invoice", "facture de moniteurs avec numéros de série")
    when = ctx.when()
    vend = ("Médi-Tech Boréal — comptes clients", "facturation@meditech-boreal.example")
    buyer, to = fn(ctx)
    rows = [["Article", "Description", "No de série", "Qté", "Prix"]]
    total = 0
    for _ in range(ctx.randint(2, 4)):
        price = ctx.randint(1800, 14500)
        total += price
        serial = ctx.pick([ctx.sin(), ctx.ohip()])
        art = ctx.pick([("MON-7300", "Moniteur multiparamétrique"), ("DEF-X2", "Défibrillateur biphasique"),
                        ("PMP-90", "Pompe volumétrique"), ("VID-LAR3", "Vidéolaryngoscope")])
        rows.append([art[0], art[1], serial, "1", "%d,00 $" % price])
    lines = ["Facture no F-%06d" % ctx.randint(100000, 999999), "Date : %s" % when.strftime("%Y-%m-%d"),
             "Client : %s — Urgence, à l'attention de %s" % (ORG["fr_hosp"], buyer.full),
             "Bon de commande : BC-%d" % ctx.randint(400000, 499999),
             "Sous-total : %d,00 $   TPS : %s $   TVQ : %s $" % (total, ("%.2f" % (total * 0.05)).replace(".", ","),
                                                              ("%.2f" % (total * 0.09975)).replace(".", ",")),
             "Conditions : net 30 jours"]
    pdfb = A.pdf("FACTURE", lines, table=rows, footer="Médi-Tech Boréal inc., 455 rue de l'Industrie, Port-Ambroise (Québec) G5Z 1A1")
    body = "Bonjour,\n\nVeuillez trouver ci-jointe la facture pour les équipements livrés le %s.\n\nService à la clientèle\n%s\n" % (
        fr_date(later(when, -60 * 24 * 3), False), ctx.phone(style="dash"))
    return _fin(it, mk(ctx, vend, [to], "Facture F-%s" % when.strftime("%m%d"), when, text=body,
                       atts=[Att("facture_%s.pdf" % when.strftime("%Y%m%d"), "application/pdf", pdfb)]))


# 11 ----------------------------------------------------------------- purchase order XLSX with lots
def purchase_order(ctx):
    it = neg(ctx, "purchase_order", "bon de commande de matériel de traumatologie avec lots")
    when = ctx.when()
    buyer, frm = fn(ctx, "M")
    to = ("Distribution Médicale Laurentides", "commandes@dml-distribution.example")
    rows = [["Code", "Description", "Lot", "Qté", "Prix unitaire"]]
    for d in ctx.sample(["Garrot tactique", "Ceinture pelvienne", "Pansement hémostatique", "Collier cervical ajustable",
                         "Attelle de traction fémorale", "Drain thoracique 28 Fr", "Trousse de cricothyroïdotomie"], 5):
        rows.append(["%s-%03d" % (d[:3].upper(), ctx.randint(1, 999)), d, ctx.niss(_FakeP(ctx)), ctx.randint(2, 40),
                     "%d,%02d" % (ctx.randint(9, 420), ctx.randint(0, 99))])
    x = A.xlsx([("BC", rows)], author=buyer.full)
    body = "Bonjour,\n\nBon de commande BC-%d ci-joint pour la salle de choc. Livraison au quai B avant le %s svp.\n\n%s\n" % (
        ctx.randint(400000, 499999), fr_date(later(when, 60 * 24 * 10), False), signature(ctx, buyer, L, "Acheteur, approvisionnement"))
    return _fin(it, mk(ctx, frm, [to], "Bon de commande — salle de choc", when, text=body,
                       atts=[Att("BC_salle_de_choc.xlsx", XLSX, x)]))


class _FakeP:
    """Gives lot numbers the shape of an 11-digit mod-97 number (a hard negative)."""

    def __init__(self, ctx):
        self.dob = _dt.date(ctx.randint(1990, 2024), ctx.randint(1, 12), ctx.randint(1, 28))
        self.sex = ctx.pick(["F", "M"])

    @property
    def f(self):
        return self.sex == "F"


# 12 ----------------------------------------------------------------- crash-cart inventory CSV
def inventory(ctx):
    it = neg(ctx, "inventory", "inventaire du chariot de réanimation avec dates de péremption")
    when = ctx.when()
    nurse, frm = fn(ctx)
    to = [fn(ctx)[1]]
    rows = [["tiroir", "article", "lot", "peremption", "qte"]]
    for dr, art in [(1, "Épinéphrine 1 mg/10 mL"), (1, "Amiodarone 150 mg"), (1, "Atropine 1 mg"), (2, "Tube endotrachéal 7.5"),
                    (2, "Lame Macintosh 4"), (3, "Cathéter IV 16G"), (3, "NaCl 0,9 % 1 L"), (4, "Électrodes de défibrillation adulte")]:
        rows.append([dr, art, "L%02d%s%04d" % (ctx.randint(22, 25), ctx.pick("ABCDEFGH"), ctx.randint(0, 9999)),
                     "%d-%02d" % (ctx.randint(2025, 2027), ctx.randint(1, 12)), ctx.randint(1, 6)])
    csvt = A.csv_text(rows, sep=";")
    body = "Bonjour,\n\nVérification mensuelle du chariot de réanimation de la salle de choc 1 faite ce matin. " \
           "2 articles expirent le mois prochain (surlignés dans le fichier). Scellé no %d.\n\n%s\n" % (
               ctx.randint(100000, 999999), nurse.full)
    return _fin(it, mk(ctx, frm, to, "Chariot de réa — vérif mensuelle", when, text=body,
                       atts=[Att("chariot_rea_SC1.csv", "text/csv", csvt, charset="windows-1252", cte="quoted-printable")]))


# 13 ----------------------------------------------------------------- IT outage
def it_outage(ctx):
    it = neg(ctx, "it_notice", "avis de maintenance du système d'information de l'urgence")
    when = ctx.when()
    ti = ("Centre de services TI", "servicedesk@" + DOM)
    d = later(when, 60 * 24 * 2)
    body = "\n".join([
        "AVIS — INTERRUPTION PLANIFIÉE",
        "",
        "Système : Médurgence (tableau des civières, triage électronique)",
        "Date : %s, de 02 h 00 à 04 h 30" % fr_date(d),
        "Impact : mode dégradé, utiliser les formulaires papier de triage (ÉTG) et le tableau blanc.",
        "Les résultats de laboratoire seront imprimés à l'unité.",
        "",
        "Billet de changement : CHG%07d" % ctx.randint(1000000, 9999999),
        "Centre de services TI — %s" % ctx.phone(style="paren"),
    ])
    return _fin(it, mk(ctx, ti, [all_staff()], "Maintenance Médurgence — %s" % d.strftime("%d/%m"), when, text=body))


# 14 ----------------------------------------------------------------- facilities
def facilities(ctx):
    it = neg(ctx, "facilities", "travaux à la baie ambulancière")
    when = ctx.when()
    st, frm = fn(ctx, "M")
    body = "Bonjour,\n\nDes travaux de réfection de la dalle chauffante de la baie ambulancière auront lieu du %s au %s. " \
           "Les ambulances utiliseront l'entrée temporaire (porte 7). Les civières en attente de transport devront " \
           "être dirigées vers le corridor B.\n\nMerci de votre collaboration.\n\n%s\n" % (
               fr_date(later(when, 60 * 24 * 4), False), fr_date(later(when, 60 * 24 * 11), False),
               signature(ctx, st, L, "Chargé de projet, services techniques"))
    return _fin(it, mk(ctx, frm, [all_staff()], "Travaux — baie ambulancière", when, text=body))


# 15 ----------------------------------------------------------------- aggregate statistics
def stats(ctx):
    it = neg(ctx, "statistics", "statistiques mensuelles agrégées de l'urgence")
    when = ctx.when()
    an, frm = fn(ctx, "F")
    rows = [["Indicateur", "Mois", "Cible"],
            ["Visites totales", str(ctx.randint(4200, 5600)), "-"],
            ["DMS sur civière (h)", "%d,%d" % (ctx.randint(12, 22), ctx.randint(0, 9)), "12"],
            ["% ÉTG 1-2", "%d %%" % ctx.randint(14, 22), "-"],
            ["Départs sans prise en charge", "%d,%d %%" % (ctx.randint(3, 9), ctx.randint(0, 9)), "< 5 %"],
            ["Activations trauma", str(ctx.randint(15, 40)), "-"],
            ["Transferts vers centre tertiaire", str(ctx.randint(20, 55)), "-"],
            ["AVC thrombolysés (porte-aiguille médian, min)", str(ctx.randint(28, 55)), "30"]]
    html = ["<html><body><p>Bonjour,</p><p>Tableau de bord de %s :</p><table border=\"1\">" % FR_MONTHS[when.month - 1]]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        html.append("<tr>" + "".join("<%s>%s</%s>" % (tag, x, tag) for x in r) + "</tr>")
    html.append("</table><p>%s<br>Agente de planification, programmation et recherche</p></body></html>" % an.full)
    return _fin(it, mk(ctx, frm, [all_staff()], "Tableau de bord urgence — %s" % FR_MONTHS[when.month - 1], when,
                       html="\n".join(html)))


# 16 ----------------------------------------------------------------- de-identified teaching case
def teaching(ctx):
    it = neg(ctx, "teaching_case", "cas clinique dépersonnalisé pour la formation des résidents")
    when = ctx.when()
    md, frm = fn(ctx)
    case = ctx.pick([
        "Homme de 58 ans, douleur thoracique déchirante irradiant au dos, TA asymétrique. Quel est votre diagnostic différentiel? "
        "Quel examen demandez-vous en premier?",
        "Femme de 81 ans sous apixaban, chute de sa hauteur, GCS 15. Faut-il un TDM cérébral? Combien de temps observer?",
        "Homme de 24 ans, plaie par arme blanche à l'hémithorax gauche, TA 78/40. Quelles sont vos priorités dans les 5 premières minutes?",
        "Femme de 35 ans, céphalée subite « la pire de sa vie », TDM normal à 7 h. Ponction lombaire ou non?"])
    body = "Bonjour les résidents,\n\nCas pour le club de lecture de jeudi (cas fictif inspiré de la littérature) :\n\n%s\n\n" \
           "Article à lire : voir l'intranet, section enseignement.\n\n%s\n" % (case, signature(ctx, md, L, "Responsable de l'enseignement, urgence"))
    return _fin(it, mk(ctx, frm, [("Résidents urgence", "residents-urgence@" + DOM)], "Cas du jeudi", when, text=body))


# 17 ----------------------------------------------------------------- blank transfer form DOCX
def blank_form(ctx):
    it = neg(ctx, "blank_form", "formulaire de transfert vierge à utiliser")
    when = ctx.when()
    cs, frm = fn(ctx, "F")
    tbl = [["Champ", "À remplir"], ["Nom, prénom", ""], ["Date de naissance (AAAA-MM-JJ)", ""], ["NAM", ""],
           ["No de dossier", ""], ["Diagnostic principal", ""], ["Médication administrée", ""], ["Médecin référent", ""]]
    doc = A.docx("Formulaire TR-12 — Demande de transfert interétablissement",
                 ["Version 2025-01. Remplir en lettres moulées. Joindre les résultats de laboratoire.", "Sexe : ☐ F ☐ M ☐ X"],
                 table=tbl, author="")
    body = "Bonjour,\n\nNouvelle version du formulaire TR-12 (vierge) à utiliser dès maintenant; l'ancienne version sera retirée " \
           "des unités vendredi.\n\n%s\n" % signature(ctx, cs, L, "Conseillère en soins, trajectoire trauma")
    return _fin(it, mk(ctx, frm, [all_staff()], "Nouveau formulaire TR-12 (vierge)", when, text=body,
                       atts=[Att("TR-12_vierge_2025-01.docx", DOCX, doc)]))


# 18 ----------------------------------------------------------------- mail-merge template
def mailmerge(ctx):
    it = neg(ctx, "template", "gabarit de lettre de rappel avec champs de fusion")
    when = ctx.when()
    ag, frm = fn(ctx, "F")
    tpl = "\n".join([
        "«PRÉNOM_PATIENT» «NOM_PATIENT»",
        "«ADRESSE»",
        "",
        "Objet : Rendez-vous à la clinique de suivi post-urgence",
        "",
        "Madame, Monsieur,",
        "",
        "Lors de votre visite du «DATE_VISITE», le médecin a demandé un rendez-vous de contrôle.",
        "Celui-ci aura lieu le «DATE_RDV» à «HEURE_RDV», local B-214.",
        "No de dossier : «NO_DOSSIER»",
    ])
    body = "Bonjour,\n\nVoici le gabarit corrigé pour la fusion de publipostage (les champs entre chevrons sont remplis " \
           "automatiquement par le système). Ne pas l'envoyer tel quel.\n\n---\n%s\n---\n\n%s\nAgente administrative\n" % (tpl, ag.full)
    return _fin(it, mk(ctx, frm, [fn(ctx)[1]], "Gabarit lettre de rappel — version corrigée", when, text=body))


# 19 ----------------------------------------------------------------- drug shortage
def shortage(ctx):
    it = neg(ctx, "drug_shortage", "avis de pénurie de médicament du département de pharmacie")
    when = ctx.when()
    ph, frm = fn(ctx)
    drug = ctx.pick([("ténectéplase 50 mg", "altéplase selon le protocole AVC alternatif"),
                     ("kétamine 50 mg/mL, fiole de 10 mL", "kétamine 10 mg/mL en fiole de 20 mL"),
                     ("Octaplex 1000 U", "Beriplex, même posologie en unités"),
                     ("rocuronium 50 mg/5 mL", "succinylcholine si aucune contre-indication")])
    body = "\n".join([
        "AVIS DE PÉNURIE",
        "",
        "Produit : %s" % drug[0],
        "Durée prévue : %d semaines" % ctx.randint(3, 12),
        "Solution de rechange : %s" % drug[1],
        "Les réserves de la salle de choc sont maintenues; ne pas constituer de stocks personnels.",
        "",
        signature(ctx, ph, L, "Pharmacienne, département de pharmacie" if ph.sex == "F" else "Pharmacien, département de pharmacie"),
    ])
    return _fin(it, mk(ctx, frm, [all_staff()], "Pénurie — %s" % drug[0].split(" ")[0], when, text=body))


# 20 ----------------------------------------------------------------- device recall
def recall(ctx):
    it = neg(ctx, "recall", "rappel de lots d'un dispositif médical")
    when = ctx.when()
    gbm, frm = fn(ctx)
    lots = [ctx.nir(_FakeP(ctx)) if ctx.chance(0.4) else "%d%02d-%04d" % (ctx.randint(23, 25), ctx.randint(1, 12), ctx.randint(0, 9999))
            for _ in range(ctx.randint(2, 4))]
    body = "\n".join([
        "RAPPEL VOLONTAIRE — Classe II",
        "",
        "Dispositif : %s" % ctx.pick(["ceinture pelvienne SAM-type, taille standard", "tubulure de perfusion rapide",
                                       "électrodes de stimulation adulte", "collier cervical ajustable"]),
        "Lots visés : %s" % ", ".join(lots),
        "Problème : %s" % ctx.pick(["défaut de la boucle de fixation", "fuite possible au raccord", "adhésif insuffisant"]),
        "",
        "Merci de retirer ces lots des salles de choc et de les retourner au magasin central d'ici vendredi.",
        "",
        signature(ctx, gbm, L, "Génie biomédical"),
    ])
    return _fin(it, mk(ctx, frm, [all_staff()], "RAPPEL — lots à retirer", when, text=body))


# 21 ----------------------------------------------------------------- research protocol
def research(ctx):
    it = neg(ctx, "research_protocol", "présentation d'un protocole de recherche sans participants identifiés")
    when = ctx.when()
    pi, frm = fn(ctx, "M")
    body = "\n".join([
        "Bonjour à tous,",
        "",
        "L'étude TRANEX-ÂGÉ (acide tranexamique chez les aînés avec trauma crânien léger sous anticoagulant) a été approuvée "
        "par le comité d'éthique de la recherche (projet %d-%03d)." % (when.year, ctx.randint(1, 400)),
        "",
        "Critères d'inclusion : 65 ans et plus, TCC léger < 8 h, anticoagulant oral direct.",
        "Critères d'exclusion : GCS < 13, saignement intracrânien au TDM initial.",
        "Cible : 240 participants sur 3 sites. Recrutement 24/7 par l'urgentologue de garde.",
        "",
        "La coordonnatrice, %s, passera à la réunion d'équipe de mardi pour expliquer la randomisation." % ctx.staff(L, "F").full,
        "",
        signature(ctx, pi, L, "Chercheur principal, urgentologue"),
    ])
    return _fin(it, mk(ctx, frm, [all_staff()], "Nouvelle étude à l'urgence — TRANEX-ÂGÉ", when, text=body))


# 22 ----------------------------------------------------------------- colleague's baby
def baby(ctx):
    it = neg(ctx, "staff_news", "annonce de la naissance du bébé d'une collègue")
    when = ctx.when()
    ch, frm = fn(ctx)
    mom = ctx.staff(L, "F")
    d = later(when, -60 * 24 * ctx.randint(1, 5))
    baby_name = ctx.pick(["Éloïse", "Arnaud", "Clémence", "Jules", "Rosalie", "Edgar"])
    body = "Bonjour l'équipe,\n\nBelle nouvelle : %s (inf. de nuit) a donné naissance à %s le %s, 3,4 kg. " \
           "Maman et bébé vont très bien! Une carte circule au poste des infirmières si vous voulez signer.\n\n%s\n" % (
               mom.full, baby_name, fr_date(d, False), ch.given)
    return _fin(it, mk(ctx, frm, [all_staff()], "Bébé est arrivé!", when, text=body))


# 23 ----------------------------------------------------------------- retirement party
def retirement(ctx):
    it = neg(ctx, "staff_news", "invitation à une fête de départ à la retraite")
    when = ctx.when()
    org, frm = fn(ctx)
    ret = ctx.staff(L)
    d = later(when, 60 * 24 * 12)
    body = "Bonjour à tous,\n\nAprès 34 ans à l'urgence, dont 20 en salle de choc, %s prend sa retraite! " \
           "5 à 7 le %s au Bistro du Quai, 12, rue du Port, Saint-Aurèle. Contribution de 20 $ pour le cadeau " \
           "(voir %s au poste).\n\n%s\n" % (ret.full, fr_date(d, False), org.given, org.full)
    cal = A.ics("retraite-%d@%s" % (d.day, DOM), d.replace(hour=17, minute=0, second=0, tzinfo=None),
                d.replace(hour=19, minute=0, second=0, tzinfo=None), "5 à 7 — départ de %s" % ret.full,
                location="Bistro du Quai, 12, rue du Port, Saint-Aurèle")
    return _fin(it, mk(ctx, frm, [all_staff()], "5 à 7 — départ à la retraite", when, text=body,
                       atts=[Att("5a7.ics", "text/calendar", cal, charset="utf-8", cte="8bit")]))


# 24 ----------------------------------------------------------------- job candidate (HR)
def candidate(ctx):
    it = neg(ctx, "candidate", "transmission d'une candidature pour un poste à l'urgence")
    when = ctx.when()
    rh, frm = fn(ctx, "F")
    cand = ctx.staff(L)
    ch, to = fn(ctx)
    dob = _dt.date(ctx.randint(1975, 2000), ctx.randint(1, 12), ctx.randint(1, 28))
    doc = A.docx("Curriculum vitae — %s" % cand.full, [
        "Date de naissance : %s" % dob.strftime("%Y-%m-%d"), "Courriel : %s" % cand.email("courriel.example"),
        "Téléphone : %s" % ctx.phone(), ("h", "Expérience"),
        "%d-%d : infirmière/infirmier, urgence, Centre hospitalier de Port-Ambroise" % (ctx.randint(2012, 2018), 2025),
        "Certifications : ACLS, PALS, TNCC, triage ÉTG", ("h", "Formation"), "Baccalauréat en sciences infirmières"], author="")
    body = "Bonjour %s,\n\nVoici la candidature reçue pour l'affichage à l'urgence. Entrevue proposée le %s à 10 h. " \
           "Merci de me confirmer ta disponibilité.\n\n%s\nConseillère en dotation\n" % (ch.given, fr_date(later(when, 60 * 24 * 6), False), rh.full)
    return _fin(it, mk(ctx, frm, [to], "Candidature — poste urgence", when, text=body,
                       atts=[Att("CV_%s.docx" % cand.surname, DOCX, doc)]))


# 25 ----------------------------------------------------------------- training registration
def training(ctx):
    it = neg(ctx, "training", "confirmation d'inscription à une formation TNCC/ATLS")
    when = ctx.when()
    fo, frm = fn(ctx, "F")
    rows = [["Nom", "Titre", "Matricule", "Cours"]]
    for _ in range(ctx.randint(5, 9)):
        s = ctx.staff(L)
        rows.append([s.full, ctx.pick(["inf.", "inf. clin.", "MD", "inhalo."]), str(ctx.randint(100000, 999999)),
                     ctx.pick(["TNCC", "ATLS", "ACLS recertification", "Simulation trauma"])])
    body = "Bonjour,\n\nVoici la liste des personnes inscrites aux formations du %s. Les heures seront libérées.\n\n" % (
        fr_date(later(when, 60 * 24 * 21), False))
    body += "\n".join("  ".join(r) for r in rows) + "\n\n" + signature(ctx, fo, L, "Conseillère en formation")
    return _fin(it, mk(ctx, frm, [all_staff()], "Inscriptions formations trauma", when, text=body))


# 26 ----------------------------------------------------------------- disaster drill (simulated victims)
def drill(ctx):
    it = neg(ctx, "emergency_drill", "bilan d'un exercice de code orange avec victimes simulées")
    when = ctx.when()
    co, frm = fn(ctx, "M")
    rows = [["Victime simulée", "Scénario", "Cote", "Délai triage (min)"]]
    for i in range(1, ctx.randint(7, 11)):
        rows.append(["Figurant %02d" % i, ctx.pick(["fracture ouverte tibia", "brûlure 20 %", "TCC", "pneumothorax", "contusions"]),
                     ctx.pick(["Rouge", "Jaune", "Vert"]), str(ctx.randint(2, 19))])
    x = A.xlsx([("Exercice", rows)], author=co.full)
    body = "Bonjour,\n\nMerci pour votre participation à l'exercice de code orange (accident d'autobus simulé). Tous les " \
           "« blessés » étaient des figurants du cégep. Bilan des délais en pièce jointe; rencontre de rétroaction le %s.\n\n%s\n" % (
               fr_date(later(when, 60 * 24 * 7), False), signature(ctx, co, L, "Coordonnateur des mesures d'urgence"))
    return _fin(it, mk(ctx, frm, [all_staff()], "Exercice code orange — bilan", when, text=body,
                       atts=[Att("bilan_exercice_code_orange.xlsx", XLSX, x, rfc2231=True)]))


# 27 ----------------------------------------------------------------- ambulance contract invoice
def ambulance_invoice(ctx):
    it = neg(ctx, "invoice", "facture mensuelle de transport ambulancier (volumes agrégés)")
    when = ctx.when()
    amb = ("Ambulances Boréal — facturation", "facturation@amb-boreal.example")
    fin, to = fn(ctx)
    n1, n2, n3 = ctx.randint(40, 120), ctx.randint(10, 40), ctx.randint(5, 25)
    body = "\n".join([
        "Facture no AB-%s-%04d — %s %d" % (when.strftime("%y%m"), ctx.randint(1, 9999), FR_MONTHS[when.month - 1], when.year),
        "",
        "Transports interétablissements (civière) : %d x 412,00 $" % n1,
        "Transports avec accompagnement infirmier : %d x 588,00 $" % n2,
        "Retours à domicile : %d x 198,00 $" % n3,
        "Total : %s $" % format(n1 * 412 + n2 * 588 + n3 * 198, ",").replace(",", " "),
        "",
        "Le détail par numéro de course est disponible sur le portail. Paiement : net 45 jours.",
        "Ambulances Boréal, 77, route 132, Pointe-aux-Ormes (Québec) G0W 1B0 — %s" % ctx.phone(style="paren"),
    ])
    return _fin(it, mk(ctx, amb, [to], "Facture transport — %s" % FR_MONTHS[when.month - 1], when, text=body))


# 28 ----------------------------------------------------------------- consultant directory
def directory(ctx):
    it = neg(ctx, "directory", "annuaire des consultants et de leurs cliniques")
    when = ctx.when()
    ag, frm = fn(ctx, "F")
    lines = ["Annuaire des cliniques externes pour les références de l'urgence (mise à jour %s)" % when.strftime("%Y-%m"), ""]
    for spec, clin in [("Clinique TVP/EP", "thromboses veineuses et embolies pulmonaires stables"),
                       ("Clinique de fracture", "fractures non opératoires"),
                       ("Clinique de commotion", "TCC légers avec symptômes persistants"),
                       ("Clinique de FA", "fibrillation auriculaire nouvellement diagnostiquée")]:
        s = ctx.staff(L)
        lines.append("%s — %s — responsable : %s — tél. %s, téléc. %s" % (spec, clin, s.dr(L), ctx.phone(style="paren"),
                                                                          ctx.phone(style="paren")))
    body = "\n".join(lines) + "\n\n" + signature(ctx, ag, L, "Agente administrative, urgence")
    return _fin(it, mk(ctx, frm, [all_staff()], "Annuaire des cliniques de suivi", when, text=body))


# 29 ----------------------------------------------------------------- staff birthdays / social committee
def birthdays(ctx):
    it = neg(ctx, "staff_news", "liste des anniversaires du personnel du mois")
    when = ctx.when()
    so, frm = fn(ctx)
    lines = ["Bonne fête à nos collègues nés en %s!" % FR_MONTHS[when.month - 1], ""]
    for _ in range(ctx.randint(4, 7)):
        s = ctx.staff(L)
        lines.append("  %d %s — %s (%s)" % (ctx.randint(1, 28), FR_MONTHS[when.month - 1], s.full,
                                             ctx.pick(["inf. de soir", "préposé", "urgentologue", "commis", "AIC de nuit"])))
    lines += ["", "Gâteau au poste central vendredi à 14 h.", "", "Le comité social"]
    return _fin(it, mk(ctx, frm, [all_staff()], "Anniversaires du mois", when, text="\n".join(lines) + "\n"))


# 30 ----------------------------------------------------------------- policy update (sepsis order set)
def policy(ctx):
    it = neg(ctx, "protocol_update", "mise à jour d'une ordonnance collective")
    when = ctx.when()
    cs, frm = fn(ctx, "F")
    body = "\n".join([
        "Bonjour,",
        "",
        "L'ordonnance collective OC-URG-014 (initiation des mesures diagnostiques pour sepsis au triage) est révisée :",
        "- lactate au triage si qSOFA >= 2 ou FC > 120;",
        "- hémocultures x2 avant la première dose d'antibiotique;",
        "- pipéracilline-tazobactam 4,5 g IV si source abdominale ou urinaire, sur prescription.",
        "",
        "Entrée en vigueur : %s. Formation de 10 minutes à chaque quart la semaine prochaine." % fr_date(later(when, 60 * 24 * 10), False),
        "",
        signature(ctx, cs, L, "Conseillère en soins infirmiers"),
    ])
    return _fin(it, mk(ctx, frm, [all_staff()], "OC-URG-014 révisée — sepsis", when, text=body))


TEMPLATES = [schedule, oncall, leave, payroll, occ_health, newsletter, committee, conference, job, invoice, purchase_order,
             inventory, it_outage, facilities, stats, teaching, blank_form, mailmerge, shortage, recall, research, baby,
             retirement, candidate, training, drill, ambulance_invoice, directory, birthdays, policy]
