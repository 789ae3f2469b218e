"""Negative messages, French, part A: shortages, recalls, P&T committee, technicians' schedules, leave,
payroll, occupational health, newsletters, conferences, job postings, wholesaler invoices."""
import datetime

import gen_attach as A
import gen_common as G
from gen_build import Att, Mail, as_forward, reply_id

MAKERS = ["Norvalis", "Pharmatrium", "Sandelle Pharma", "Médisource Canada", "Laboratoires Nordika"]
PRODUCTS = [
    # (fr, en, pack, unit price)
    ("Warfarine sodique 1 mg co.", "Warfarin sodium 1 mg tab", "100", 9.85),
    ("Warfarine sodique 2 mg co.", "Warfarin sodium 2 mg tab", "100", 9.85),
    ("Warfarine sodique 2,5 mg co.", "Warfarin sodium 2.5 mg tab", "100", 10.40),
    ("Warfarine sodique 5 mg co.", "Warfarin sodium 5 mg tab", "100", 10.40),
    ("Apixaban 2,5 mg co.", "Apixaban 2.5 mg tab", "60", 38.12),
    ("Apixaban 5 mg co.", "Apixaban 5 mg tab", "60", 38.12),
    ("Rivaroxaban 20 mg co.", "Rivaroxaban 20 mg tab", "30", 71.40),
    ("Dabigatran 150 mg caps.", "Dabigatran 150 mg cap", "60", 84.30),
    ("Énoxaparine 40 mg/0,4 mL ser.", "Enoxaparin 40 mg/0.4 mL syringe", "10", 62.50),
    ("Énoxaparine 80 mg/0,8 mL ser.", "Enoxaparin 80 mg/0.8 mL syringe", "10", 118.90),
    ("Daltéparine 5 000 UI ser.", "Dalteparin 5,000 IU syringe", "10", 45.20),
    ("Tinzaparine 10 000 UI/0,5 mL ser.", "Tinzaparin 10,000 IU/0.5 mL syringe", "10", 96.75),
    ("Héparine 5 000 UI/mL fiole 1 mL", "Heparin 5,000 IU/mL 1 mL vial", "25", 41.00),
    ("Phytonadione 10 mg/mL amp.", "Phytonadione 10 mg/mL ampoule", "5", 27.60),
    ("Idarucizumab 2,5 g/50 mL fiole", "Idarucizumab 2.5 g/50 mL vial", "2", 3150.00),
    ("Bandelettes TP pour coagulomètre", "PT test strips for coagulometer", "48", 212.00),
]


def din(c):
    return "0" + "".join(c.ch("0123456789") for _ in range(7))


def lot(c):
    st = c.ch(["luhn9", "alnum", "luhn_sp"])
    if st == "luhn9":
        return G.luhn_serial(c.rng, 9)
    if st == "luhn_sp":
        s = G.luhn_serial(c.rng, 9)
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    return c.ch("ABCDEFGHKMNPRTW") + c.ch("ABCDEFGHKMNPRTW") + "".join(c.ch("0123456789") for _ in range(5))


def exp_date(c):
    d = c.date + datetime.timedelta(days=c.ri(120, 900))
    return f"{d.year}-{d.month:02d}"


def staff_pool(c, n, extra=True):
    keys = ["atp1", "atp2", "atp3", "atp4", "atp5", "atp6"]
    names = [G.S[k].name for k in keys]
    if extra:
        names += [f"{g} {s}" for g, s in G.EXTRA_STAFF_FR]
    c.rng.shuffle(names)
    return names[:n]


def money(x, lang="fr"):
    s = f"{x:,.2f}"
    if lang == "fr":
        return s.replace(",", " ").replace(".", ",") + " $"
    return "$" + s


# --------------------------------------------------------------------------- 1. shortage notice
def avis_penurie(c):
    prod = c.ch(PRODUCTS)
    alt = c.ch([p for p in PRODUCTS if p[0].split()[0] == prod[0].split()[0] and p != prod] or PRODUCTS)
    ret = c.day(c.ri(20, 70), False)
    body = [("p", c.ch(["Bonjour à tous,", "Aux prescripteurs et au personnel infirmier,", "Bonjour,"])),
            ("p", f"Le fournisseur {c.ch(MAKERS)} nous informe d'une rupture d'approvisionnement pour le produit suivant :"),
            ("lines", [f"Produit : {prod[0]} ({prod[2]})", f"DIN : {din(c)}", f"Retour prévu : {G.fr_date(ret)}",
                       f"Stock actuel au département : environ {c.ri(2, 15)} jours"]),
            ("p", c.ch([
                f"D'ici là, veuillez prescrire {alt[0]} lorsque possible. Les patients suivis à la clinique d'anticoagulation "
                "seront contactés par l'équipe si un changement de format est nécessaire.",
                "Aucune substitution automatique n'est prévue. Le comité de pharmacologie a approuvé l'utilisation du "
                f"format {alt[0]} en remplacement.",
                "Merci de limiter les commandes d'étage au strict nécessaire; les unités seront réapprovisionnées aux 48 h.",
            ])),
            ("p", "Pour toute question, communiquez avec le service de l'approvisionnement de la pharmacie.")] + c.sig("ph6", full=True)
    mail = Mail("avis_penurie", "avis de pénurie de médicament aux prescripteurs",
                c.ch([f"Avis de pénurie – {prod[0]}", f"PÉNURIE : {prod[0].split(' co.')[0]}", "Rupture d'approvisionnement"]),
                c.a("ph6"), [("Tous les prescripteurs", "prescripteurs@deuxrives.example")], body,
                cc=[c.a("chef")] if c.p(0.4) else [])
    if c.p(0.3):
        return as_forward(c, mail, "inf1", "Pour info à toute l'équipe : on en reparle au caucus de demain.",
                          to=[("Équipe clinique d'anticoagulation", "anticoag@deuxrives.example")])
    return mail


# --------------------------------------------------------------------------- 2. lot recall
def rappel_lot(c):
    prod = c.ch(PRODUCTS)
    lots = [(lot(c), exp_date(c)) for _ in range(c.ri(2, 4))]
    rep = c.p(0.5)
    sender = "rep" if rep else "ph6"
    body = [("p", "Bonjour,"),
            ("p", f"Rappel volontaire de niveau {c.ch(['II', 'III'])} initié par {c.ch(MAKERS)} pour {prod[0]} "
                  f"({c.ch(['particules visibles', 'erreur d’étiquetage sur la boîte', 'résultat hors spécification de dissolution'])})."),
            ("table", ["Lot", "Expiration", "DIN"], [[l, e, din(c)] for l, e in lots]),
            ("p", c.ch(["Veuillez mettre en quarantaine les unités visées et retourner le formulaire de réponse d'ici 10 jours.",
                        "Les ATP doivent vérifier les cabinets automatisés et les réserves d'étage d'ici vendredi.",
                        "Aucun rappel au niveau des patients n'est requis."]))] + c.sig(sender)
    atts = []
    if c.p(0.4):
        atts.append(Att("pdf", "Avis_rappel.pdf", A.make_pdf("Avis de rappel de produit",
                        [f"Produit : {prod[0]}", f"Format : {prod[2]}"] + [f"Lot {l} – exp. {e}" for l, e in lots] +
                        ["", "Formulaire de réponse à retourner par télécopieur au 819-555-0183."], author=G.WHOLESALER["name"])))
    return Mail("rappel_lot", "rappel de lots de médicament", c.ch([f"Rappel – {prod[0]}", "Avis de rappel de lots",
                                                                     "URGENT : rappel de produit"]),
                c.a(sender), [c.a("ph6"), c.a("atp1")] if rep else [("Pharmacie – ATP", "atp@deuxrives.example")], body, atts=atts)


# --------------------------------------------------------------------------- 3. P&T committee notice (ICS)
def convocation_cp(c):
    when = c.day(c.ri(7, 21))
    start = datetime.datetime.combine(when, datetime.time(c.ch([7, 12, 16]), c.ch([0, 30])))
    items = c.rng.sample([
        "Adoption du procès-verbal de la dernière rencontre",
        "Dr Antoine Mercier – mise à jour des lignes directrices sur la TVP et l'embolie pulmonaire",
        "Dre Valérie Côté – révision du protocole d'héparine IV (nomogramme anti-Xa)",
        "Ajout de l'édoxaban à la liste locale – évaluation de Mme Nadia Haddad",
        "Suivi des pénuries : warfarine 1 mg et tinzaparine",
        "Ordonnances préimprimées – relais HBPM en chirurgie orthopédique (Dr Kowalski)",
        "Bilan des déclarations d'incidents liées aux anticoagulants (statistiques du trimestre)",
        "Varia",
    ], 5)
    body = [("p", "Bonjour aux membres du comité de pharmacologie,"),
            ("p", f"La prochaine rencontre aura lieu le {G.fr_date(when, day=True)} de {start.hour} h {start.minute:02d} à "
                  f"{start.hour + 1} h {start.minute:02d}, salle {c.ch(['B-214', 'du conseil', 'Teams'])}."),
            ("p", "Ordre du jour :"), ("list", items),
            ("p", "Merci de confirmer votre présence.")] + c.sig("adm1")
    ics = A.make_ics(f"{c.hexs(24)}@deuxrives.example", start, start + datetime.timedelta(hours=1),
                     "Comité de pharmacologie", description="Ordre du jour joint au courriel.",
                     location="Salle B-214", organizer=(c.who("adm1").name, c.who("adm1").addr),
                     stamp=c.dt.replace(tzinfo=None),
                     attendees=[(c.who(k).name, c.who(k).addr) for k in ("chef", "md1", "md2", "md3")])
    return Mail("convocation_cp", "convocation au comité de pharmacologie", c.ch([
        "Convocation – Comité de pharmacologie", f"Comité de pharmacologie – {G.short_date(when, 'fr')}", "CP : ordre du jour"]),
        c.a("adm1"), [c.a(k) for k in ("chef", "md1", "md2", "md3", "ph6")], body,
        atts=[Att("ics", "invitation.ics", ics)] if c.p(0.7) else [])


# --------------------------------------------------------------------------- 4. P&T minutes (DOCX)
def proces_verbal(c):
    when = c.day(-c.ri(3, 14))
    paras = [f"Date : {G.fr_date(when)} – Présents : Mme Isabelle Lefebvre (présidente), Dr Antoine Mercier, Dre Valérie Côté, "
             "Dr Samuel Mensah, Mme Nadia Haddad, M. Mathieu Bergeron. Absente : Dre Hélène Beaulieu.",
             "## 1. Édoxaban",
             "Mme Haddad présente l'évaluation. Le comité recommande l'inscription à la liste locale pour la fibrillation "
             "auriculaire non valvulaire et la thromboembolie veineuse, avec les mêmes critères que l'apixaban.",
             "## 2. Protocole d'héparine",
             "La Dre Côté rappelle que le nomogramme actuel date de 2019. Le Dr Mercier, hématologue, propose un suivi par "
             "anti-Xa plutôt que par TCA chez les patients avec syndrome des antiphospholipides. Adopté à l'unanimité.",
             "## 3. Pénuries",
             f"Tinzaparine : {c.ri(3, 9)} semaines de stock. Le Dr Mensah demande qu'on évite les changements de molécule chez "
             "les patients de cardiologie lorsque possible.",
             "## 4. Statistiques",
             f"{c.ri(18, 42)} déclarations d'incidents liées aux anticoagulants au dernier trimestre ({c.ri(2, 6)} avec "
             "conséquences temporaires). Aucun événement sentinelle.",
             f"Prochaine rencontre : {G.fr_date(c.day(c.ri(25, 40)))}."]
    doc = A.make_docx("Procès-verbal – Comité de pharmacologie", paras, c.dt.replace(tzinfo=None), author=c.who("adm1").name)
    body = [("p", "Bonjour,"), ("p", "Veuillez trouver ci-joint le procès-verbal de la dernière rencontre pour approbation.")] + c.sig("adm1")
    return Mail("proces_verbal", "procès-verbal du comité de pharmacologie", c.ch(["PV – Comité de pharmacologie",
                                                                                  "Procès-verbal pour approbation"]),
                c.a("adm1"), [c.a(k) for k in ("chef", "md1", "md2", "md3")], body,
                atts=[Att("docx", c.ch(["PV_CP.docx", f"PV comité de pharmacologie {when.isoformat()}.docx"]), doc)])


# --------------------------------------------------------------------------- 5. technicians' schedule (XLSX)
def horaire_atp(c):
    names = staff_pool(c, c.ri(6, 9))
    start = c.date - datetime.timedelta(days=c.date.weekday()) + datetime.timedelta(days=14)
    days = [start + datetime.timedelta(days=i) for i in range(7)]
    shifts = ["J 7h-15h", "S 15h-23h", "N 23h-7h", "Congé", "J 8h-16h", "Formation", "Vacances"]
    rows = [[n] + [c.ch(shifts) for _ in days] for n in names]
    header = ["ATP"] + [f"{G.DAYS_FR[d.weekday()][:3]} {d.day:02d}/{d.month:02d}" for d in days]
    body = [("p", "Bonjour à tous,"),
            ("p", c.ch(["Voici l'horaire des ATP pour la période. Les échanges doivent être approuvés par Sylvain avant jeudi.",
                        "Horaire révisé (remplacement de Josiane en formation mercredi).",
                        "Horaire de la période 7. Rappel : les demandes de vacances d'été doivent être déposées avant le 1er avril."]))]
    atts = []
    if c.p(0.6):
        atts.append(Att("xlsx", c.ch([f"Horaire_ATP_{start.isoformat()}.xlsx", "horaire ATP.xlsx"]),
                        A.make_xlsx([("Horaire", header, rows)], c.dt.replace(tzinfo=None), author=c.who("atp1").name)))
    else:
        body.append(("table", header, rows))
    body += c.sig("atp1", full=False)
    return Mail("horaire_atp", "horaire des assistants techniques en pharmacie", c.ch([
        f"Horaire ATP – semaine du {G.short_date(start, 'fr')}", "Horaire révisé", "Horaire des ATP"]),
        c.a("atp1"), [("ATP – pharmacie", "atp@deuxrives.example")], body, atts=atts)


# --------------------------------------------------------------------------- 6. leave request
def conge_vacances(c):
    k = c.ch(["atp2", "atp3", "atp4", "ph2", "ph5"])
    s = c.who(k)
    d1 = c.day(c.ri(20, 90))
    d2 = d1 + datetime.timedelta(days=c.ri(4, 14))
    reason = c.ch(["vacances annuelles", "congé parental – retour progressif", "congé sans solde (voyage familial)",
                   "congé pour obligations familiales"])
    q = [("p", "Bonjour Isabelle,"),
         ("p", f"J'aimerais demander un {reason} du {G.fr_date(d1)} au {G.fr_date(d2)} inclusivement. "
               f"{c.ch(['Rémi a accepté de me remplacer pour la fin de semaine.', 'Mes heures en banque couvrent 3 jours.', ''])}"),
         ("p", "Merci !")] + c.sig(k, full=False, disclaimer=False)
    if c.p(0.6):
        body = [("p", c.ch(["Approuvé. Bonnes vacances !", "C'est bon pour moi, je l'inscris à l'horaire.",
                            "Approuvé sous réserve de trouver un remplaçant pour le samedi."]))] + c.sig("chef", full=False, disclaimer=False) + [
            ("quote", c.quote_intro((s.name, s.addr), c.earlier(5, 72)), q)]
        return Mail("conge_vacances", "réponse à une demande de congé d'employé", "RE: Demande de congé",
                    c.a("chef"), [c.a(k)], body, reply_to_id=reply_id(c, "deuxrives.example"))
    return Mail("conge_vacances", "demande de congé d'un employé", c.ch(["Demande de congé", "Vacances – demande"]),
                c.a(k), [c.a("chef")], q)


# --------------------------------------------------------------------------- 7. payroll
def paie(c):
    k = c.ch(["atp2", "atp5", "ph4", "atp6", "inf2"])
    s = c.who(k)
    emp = f"{c.ri(100000, 999999)}"
    per = c.ri(1, 26)
    body = [("p", f"Bonjour {s.given},"),
            ("p", c.ch([
                f"Après vérification, la prime de soir n'a pas été versée pour les quarts du {G.short_date(c.day(-c.ri(10, 20)), 'fr')} "
                f"et du {G.short_date(c.day(-c.ri(3, 9)), 'fr')}. La correction apparaîtra sur la paie de la période {per + 1}.",
                "Votre relevé de temps de la période n'a pas été approuvé dans Logibec; merci de le faire valider par votre "
                "gestionnaire d'ici mardi midi.",
                "Le montant de la rétroactivité (convention collective 2023-2028) sera versé le jeudi suivant la période "
                f"{per}. Les relevés T4/Relevé 1 suivront en février.",
            ])),
            ("lines", [f"Matricule : {emp}", f"Période de paie : {per}", f"Centre d'activité : 6810 – Pharmacie"])] + c.sig("hr")
    return Mail("paie", "correction de paie d'un employé", c.ch(["Correction de paie", f"Paie – période {per}",
                                                                  "Relevé de temps à approuver"]),
                ("Service de la paie", "paie@deuxrives.example"), [c.a(k)], body)


# --------------------------------------------------------------------------- 8. occupational health (staff)
def sante_travail(c):
    v = c.variant % 3
    if v == 0:
        body = [("p", "Bonjour à tous,"),
                ("p", f"La campagne de vaccination antigrippale du personnel débute le {G.fr_date(c.day(c.ri(3, 10)))}. "
                      "Le service de santé au travail sera à la cafétéria de 7 h à 16 h. Apportez votre carte d'employé."),
                ("p", "Les employés ayant une allergie aux œufs ou des antécédents de Guillain-Barré doivent consulter "
                      "l'infirmière de santé au travail avant la vaccination.")] + c.sig("hr")
        subj = "Vaccination antigrippale du personnel"
        to = [("Tout le personnel – pharmacie", "pharmacie@deuxrives.example")]
    elif v == 1:
        s = c.who(c.ch(["atp3", "atp4", "ph5"]))
        body = [("p", "Bonjour Isabelle,"),
                ("p", f"Suite à l'évaluation de santé au travail, {s.name} pourra reprendre le travail en retour progressif "
                      f"à compter du {G.fr_date(c.day(c.ri(5, 15)))} (3 jours/semaine, pas de levée de plus de 10 kg pendant "
                      "4 semaines) après sa chirurgie à l'épaule."),
                ("p", "Merci d'adapter l'horaire en conséquence.")] + c.sig("hr")
        subj = "Retour progressif – employé(e) de la pharmacie"
        to = [c.a("chef")]
    else:
        body = [("p", "Bonjour,"),
                ("p", "Rappel : les essais d'ajustement des masques N95 pour le personnel de la salle de préparation stérile "
                      f"auront lieu le {G.fr_date(c.day(c.ri(4, 12)))}. Les employés dont l'essai date de plus de deux ans "
                      "doivent s'inscrire."),
                ("table", ["Employé", "Dernier essai", "Modèle"],
                 [[n, f"{c.ri(2021, 2023)}-{c.ri(1, 12):02d}", c.ch(["1860", "1870+", "8210"])] for n in staff_pool(c, 4)])] + c.sig("hr")
        subj = "Essais d'ajustement N95"
        to = [c.a("atp1"), c.a("chef")]
    return Mail("sante_travail", "santé au travail du personnel", subj, c.a("hr"), to, body)


# --------------------------------------------------------------------------- 9. newsletter (HTML)
def infolettre(c):
    n = c.ri(600, 1400)
    body = [("p", f"Infolettre de la clinique d'anticoagulation – {G.MONTHS_FR[c.date.month - 1]} {c.date.year}"),
            ("p", c.ch([
                "Bienvenue à la Dre Valérie Côté, interniste, qui se joint à l'équipe médicale de la clinique deux demi-journées "
                "par semaine. Elle s'intéresse particulièrement à la thrombose associée au cancer.",
                "Félicitations à Mme Karine Desrosiers, pharmacienne, qui a obtenu sa certification en anticoagulothérapie.",
                "Le Dr Antoine Mercier, hématologue, donnera une conférence midi sur le syndrome des antiphospholipides.",
            ])),
            ("p", f"En chiffres : {n} patients actifs, dont {int(n * 0.58)} sous warfarine et {int(n * 0.42)} sous AOD. "
                  f"Temps dans l'intervalle thérapeutique moyen : {c.ri(64, 74)} %."),
            ("p", "Conseil du mois : rappelez aux patients de signaler tout nouvel antibiotique. Les interactions avec le "
                  "Septra et le métronidazole demeurent la première cause de RNI supérieur à 5 à la clinique."),
            ("p", "Rappel : la clinique sera fermée le lundi de Pâques. Les RNI prévus seront déplacés au mardi.")] + c.sig("inf1", full=True)
    return Mail("infolettre", "infolettre de la clinique d'anticoagulation",
                f"Infolettre anticoagulation – {G.MONTHS_FR[c.date.month - 1]} {c.date.year}",
                ("Clinique d'anticoagulation", "anticoag@deuxrives.example"),
                [("Personnel – médecine et pharmacie", "liste-medpharm@deuxrives.example")], body,
                mode=c.ch(["html", "alt"]))


# --------------------------------------------------------------------------- 10. conference programme (PDF)
def colloque(c):
    when = c.day(c.ri(20, 80))
    prog = [("8 h 30", "Accueil"),
            ("9 h 00", "Dr Antoine Mercier, hématologue – Thrombose associée au cancer : quoi de neuf ?"),
            ("10 h 00", "Mme Karine Desrosiers, pharmacienne – Interactions médicamenteuses avec la warfarine"),
            ("11 h 00", "Dre Valérie Côté, interniste – AOD chez l'insuffisant rénal"),
            ("13 h 00", "Dr Samuel Mensah, cardiologue – Fibrillation auriculaire et valves : cas cliniques"),
            ("14 h 30", "Atelier – Relais périopératoire (Mme Amélie Charbonneau)")]
    pdf = A.make_pdf(f"Colloque régional en thrombose – {G.fr_date(when)}", [f"{h}  {t}" for h, t in prog] +
                     ["", "Lieu : Centre des congrès, Gatineau. Inscription : 75 $ (gratuit pour les résidents).",
                      "Activité reconnue pour 5,5 heures de formation continue."], author="Comité scientifique")
    body = [("p", "Bonjour,"),
            ("p", f"Le colloque régional en thrombose aura lieu le {G.fr_date(when, day=True)}. Programme en pièce jointe; "
                  "places limitées."),
            ("table", ["Heure", "Présentation"], [list(x) for x in prog[1:4]])] + c.sig("ph2")
    mail = Mail("colloque", "programme d'un colloque en thrombose", c.ch(["Colloque régional en thrombose – programme",
                                                                         "Invitation : colloque thrombose"]),
                c.a("ph2"), [("Liste – pharmaciens", "pharmaciens@deuxrives.example")], body,
                atts=[Att("pdf", "Programme_colloque.pdf", pdf)])
    if c.p(0.3):
        return as_forward(c, mail, "chef", "Intéressant pour les nouveaux pharmaciens – la pharmacie paie l'inscription.",
                          to=[c.a("ph4"), c.a("ph5")])
    return mail


# --------------------------------------------------------------------------- 11. job posting
def affichage_poste(c):
    job = c.ch([("Pharmacien(ne) – clinique d'anticoagulation", "temps complet, jour", "48,26 $ à 70,36 $"),
                ("Assistant(e) technique en pharmacie", "temps partiel, soir et fin de semaine", "24,26 $ à 28,57 $"),
                ("Agent(e) administratif(ve) – approvisionnement", "remplacement 12 mois", "22,51 $ à 25,10 $")])
    no = f"PH-{c.date.year}-{c.ri(100, 999)}"
    body = [("p", f"Affichage interne no {no}"),
            ("lines", [f"Titre : {job[0]}", f"Statut : {job[1]}", f"Échelle salariale : {job[2]} l'heure",
                       f"Fin de l'affichage : {G.fr_date(c.day(c.ri(10, 20)))}"]),
            ("p", "Exigences : membre en règle de l'ordre professionnel (le cas échéant); bilinguisme français-anglais requis "
                  "pour desservir la clientèle de l'Est ontarien; expérience en anticoagulothérapie un atout."),
            ("p", "Pour postuler, transmettez votre CV au Service des ressources humaines en indiquant le numéro d'affichage.")] + c.sig("hr")
    return Mail("affichage_poste", "affichage de poste à la pharmacie", f"Affichage {no} – {job[0]}", c.a("hr"),
                [("Tous les employés", "tous@deuxrives.example")], body)


# --------------------------------------------------------------------------- 12. wholesaler invoice (PDF)
def facture_grossiste(c):
    items = c.rng.sample(PRODUCTS, c.ri(3, 6))
    rows, total = [], 0.0
    for p in items:
        q = c.ri(1, 12)
        rows.append([din(c), p[0][:34], p[2], str(q), money(p[3]), money(p[3] * q)])
        total += p[3] * q
    inv = f"F{c.ri(1000000, 9999999)}"
    client = f"{c.ri(10000, 99999)}"
    pdf = A.make_pdf(f"{G.WHOLESALER['name']} – Facture {inv}", [
        f"No client : {client}      No facture : {inv}      Date : {c.date.isoformat()}",
        f"Livrer à : Département de pharmacie, {G.HOSP['fr']}, {G.HOSP['addr_fr']}",
        f"Bon de commande : BC-{c.ri(40000, 49999)}      Conditions : net 30 jours",
        f"Total avant taxes : {money(total)}"],
        author=G.WHOLESALER["name"], table=(["DIN", "Description", "Format", "Qté", "Prix", "Total"], rows), font_size=9)
    body = [("p", "Bonjour,"),
            ("p", f"Veuillez trouver ci-joint la facture {inv} pour la livraison du {G.fr_date(c.day(-1, False))}. "
                  f"Montant : {money(total)} avant taxes."),
            ("p", "Pour toute question sur cette facture, communiquez avec le service à la clientèle au 819-555-0181.")] + c.sig("rep")
    return Mail("facture_grossiste", "facture du grossiste en médicaments", f"Facture {inv} – client {client}",
                c.a("rep"), [c.a("buy"), ("Comptes payables", "comptes.payables@deuxrives.example")], body,
                atts=[Att("pdf", f"Facture_{inv}.pdf", pdf)])


TEMPLATES = [
    ("avis_penurie", avis_penurie, 4),
    ("rappel_lot", rappel_lot, 4),
    ("convocation_cp", convocation_cp, 4),
    ("proces_verbal", proces_verbal, 4),
    ("horaire_atp", horaire_atp, 4),
    ("conge_vacances", conge_vacances, 4),
    ("paie", paie, 4),
    ("sante_travail", sante_travail, 3),
    ("infolettre", infolettre, 4),
    ("colloque", colloque, 4),
    ("affichage_poste", affichage_poste, 4),
    ("facture_grossiste", facture_grossiste, 4),
]
