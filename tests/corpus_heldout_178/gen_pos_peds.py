"""Paediatric positives (juvenile idiopathic arthritis): uveitis screening,
transition to the adult clinic, messages to parents and school letters."""
import gen_common as C
import gen_docs as D
import gen_tpl as T

PARENTS_FR = [("Isabelle", "Thériault"), ("Marie-Ève", "Lauzon"), ("Patrick", "Boisvert"), ("Stéphanie", "Roberge")]
PARENTS_EN = [("Jessica", "Holt"), ("Michael", "Brennan"), ("Tanya", "Moreira"), ("Ryan", "Kostiuk")]

JIA_FR = ["arthrite juvénile idiopathique oligoarticulaire, AAN positifs", "AJI polyarticulaire, FR négatif",
          "AJI liée aux enthésites (HLA-B27 positif)"]
JIA_EN = ["oligoarticular juvenile idiopathic arthritis, ANA positive", "polyarticular JIA, RF negative",
          "enthesitis-related JIA (HLA-B27 positive)"]
TX_FR = ["méthotrexate 15 mg/m² SC une fois par semaine + acide folique", "adalimumab 20 mg SC aux 2 semaines",
         "étanercept 0,8 mg/kg SC par semaine", "naproxène 7,5 mg/kg BID"]
TX_EN = ["methotrexate 15 mg/m2 SC once weekly + folic acid", "adalimumab 20 mg SC every 2 weeks",
         "etanercept 0.8 mg/kg SC weekly"]


def peds_fr(r, c):
    p = c.alloc.qc(True, child=True)
    age = C.age_at(p.dob, c.when.date())
    pg, ps = r.choice(PARENTS_FR)
    dx = r.choice(JIA_FR)
    tx = r.choice(TX_FR)
    c.t("diagnosis", "medication")
    md = r.choice(C.PHYS)
    if age < 14:
        lines = [T.greet(r, "fr"), "",
                 "Je vous adresse %s, %d ans, pour le dépistage d'uvéite dans le cadre d'une %s." % (
                     r.choice(["cette enfant" if p.sex == "F" else "cet enfant", "notre jeune " + ("patiente" if p.sex == "F" else "patient")]), age, dx),
                 "", c.ident_line(p, with_mrn=r.random() < 0.5), "",
                 "Traitement : %s. Dernier examen à la lampe à fente : %s." % (
                     tx, r.choice(["il y a 4 mois, normal", "jamais fait", "il y a 1 an, traces de cellules en chambre antérieure OG"])),
                 "Fréquence recommandée : aux 3 mois (AAN+, début < 7 ans).", "",
                 "Parent à contacter : %s %s, cellulaire %s" % (pg, ps, c.phone(p)), "", C.signature(r, md)]
        return T.spec("uveitis_screening", "paediatric uveitis screening referral to ophthalmology",
                      r.choice(["Dépistage uvéite — AJI", "Référence ophtalmo (AJI)", "Demande d'examen à la lampe à fente"]),
                      T.who(md), [T.ext("ophtalmo", "rendezvous")], "\n".join(lines), mode=r.choice(["plain", "alt"]))
    sender = ("Dre Hélène Marcoux", "helene.marcoux@cme-troisrivages.example")
    note = [("title", "Résumé de transition — rhumatologie pédiatrique"), ("kv", c.ident_fields(p, with_mrn=True)),
            ("h", "Diagnostic"), ("p", dx + ", diagnostiquée à l'âge de %d ans." % r.randint(3, 10)),
            ("h", "Traitements"), ("p", tx + "; antécédent d'infiltrations des genoux sous sédation."),
            ("h", "Enjeux de transition"), ("p", r.choice(["Adhésion variable aux injections depuis le début du secondaire.",
                                                           "Souhaite gérer ses rendez-vous sans ses parents; parents séparés, deux adresses.",
                                                           "Anxiété face aux prises de sang; préfère la crème anesthésiante."]))]
    fn = r.choice(["Transition_%s.pdf" % T.slug(p.surname), "resume_transition.pdf"])
    if T.slug(p.surname) in fn:
        c.t("patient_name")
    body = ("%s\n\n%s aura 18 ans en %d et doit être transféré%s à la clinique adulte. Le résumé de transition est joint. "
            "Pourriez-vous lui offrir un premier rendez-vous conjoint en %s?\n\nDre Hélène Marcoux\nRhumatologie pédiatrique\n"
            "Centre mère-enfant des Trois-Rivages" % (T.greet(r, "fr"), c.name(p, r.choice(["full", "title_full", "given"])),
                                                       p.dob.year + 18, "e" if p.sex == "F" else "", C.MOIS[(c.when.month + 2) % 12]))
    return T.spec("transition_referral", "paediatric-to-adult rheumatology transition referral", r.choice(["Transition AJI", "Transfert clinique adulte"]),
                  sender, [("Accueil rhumatologie", "accueil.rhumato@" + C.ORG_DOMAIN)], body,
                  attachments=[{"kind": "pdf", "data": D.pdf(note, "Résumé de transition", "Dre Hélène Marcoux", compress=r.random() < 0.5),
                                "filename": fn}])


def peds_en(r, c):
    p = c.alloc.qc(True, child=True)
    age = C.age_at(p.dob, c.when.date())
    pg, ps = r.choice(PARENTS_EN)
    dx = r.choice(JIA_EN)
    tx = r.choice(TX_EN)
    c.t("diagnosis", "medication")
    nurse = r.choice(C.NURSES)
    day = T.future(r, c.when, 5, 25)
    child = "%s" % c.name(p, "given")
    visit = r.choice(["knee injection under sedation", "joint injection under light sedation", "injection teaching visit"])
    him, his = ("her", "her") if p.sex == "F" else ("him", "his")
    if "sedation" in visit:
        prep = "Please keep %s fasting from midnight and bring %s medication diary." % (him, his)
    else:
        prep = "Please bring %s %s and the medication diary; we will practise the first dose together." % (his, tx.split(" ")[0])
    body = ("Dear %s %s,\n\nThis is to confirm %s's %s on %s at %s in the day procedure unit (rheumatology). %s\n\n"
            "Eye check: the ophthalmology screening for uveitis is due this month - please call Belvédère Eye Clinic to book.\n\n"
            "%s\n\n%s"
            % ("Ms." if pg in ("Jessica", "Tanya") else "Mr.", ps, child, visit, C.long_date_en(day), T.hhmm(r, 8, 11, fr=False), prep,
               r.choice(["Call us with any questions.", "If there is a fever or infection that week, please call before coming."]),
               C.signature(r, nurse, "en")))
    atts = []
    if r.random() < 0.5 or age >= 12:
        letter = [("title", "To whom it may concern"),
                  ("p", "%s (date of birth %s, RAMQ %s, sex %s) is followed in our rheumatology clinic for %s and is treated with %s. "
                        "Please allow elevator access, breaks during physical education and absence for medical appointments."
                   % (c.full_name(p), c.dob(p), c.nam(p) if p.nam else "n/a", p.sex, dx, tx)),
                  ("p", C.staff_name(r.choice(C.PHYS), "en") + ", Rheumatology")]
        atts.append({"kind": r.choice(["pdf", "docx"]), "filename": "school_letter_%s" % T.slug(p.given).lower()})
        if atts[0]["kind"] == "pdf":
            atts[0]["data"] = D.pdf(letter, "School letter", "Rheumatology", compress=r.random() < 0.5)
            atts[0]["filename"] += ".pdf"
        else:
            atts[0]["data"] = D.docx(letter, "School letter", "Rheumatology")
            atts[0]["filename"] += ".docx"
        body = body.replace("\n\nEye check:", "\n\nThe school letter you asked for is attached.\n\nEye check:")
    to = [("%s %s" % (pg, ps), "%s.%s%d@%s" % (pg.lower(), ps.lower(), r.randint(1, 99), r.choice(["mailbox.example", "webpost.example"])))]
    return T.spec("parent_message", "message to a child's parent about a procedure and school letter",
                  r.choice(["%s's appointment" % child, "Appointment confirmation", "Procedure day - instructions"]),
                  T.who(nurse, "en"), to, body, attachments=atts)


TEMPLATES_FR = [peds_fr]
TEMPLATES_EN = [peds_en]
