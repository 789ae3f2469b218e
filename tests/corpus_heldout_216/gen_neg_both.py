"""Non-confidential messages written in either language (text chosen with ctx.t)."""

import gen_common as C
import gen_docs as D
import gen_tpl as T


def staff_vcard(ctx):
    coord = ctx.staff("coord")
    new = ctx.staff(ctx.pick(["coord", "nurse", "ips"]), exclude=(coord,))
    tel = f"819-555-01{ctx.rng.randrange(100):02d}"
    text = ctx.t(f"Bonjour à tous,\n\nJe vous présente {new.full}, qui se joint à nous comme "
                 f"{ctx.role_title(new.role, new)} à la clinique de la douleur. Sa fiche de contact est jointe "
                 f"(ligne directe {tel}).\n\n{ctx.sig(coord, 'pain')}",
                 f"Hi all,\n\nPlease welcome {new.full}, our new {ctx.role_title(new.role, new).lower()} in the pain "
                 f"clinic. Contact card attached (direct line {tel}).\n\n{ctx.sig(coord, 'pain')}")
    T.mail(ctx, coord, [T.shared_box(ctx, "douleur.equipe", "Équipe douleur", "Pain team")],
           ctx.t(f"Bienvenue à {new.full}", f"Welcome {new.full}"), text)
    T.att_vcard(ctx, T.safe_fn(new.full) + ".vcf", given=new.given, surname=new.surname,
                tel=[("WORK", tel), ("FAX", "819-555-0148")], email=new.email(), org=C.ORG_FR,
                title=ctx.role_title(new.role, new))
    return ctx.finish("staff", "new staff member contact card")


def team_meeting(ctx):
    mgr = ctx.staff("manager")
    att = [ctx.staff("nurse"), ctx.staff("clerk"), ctx.staff("algo"), ctx.staff("physio")]
    d = T.appt(ctx, 3, 20)
    summ = ctx.t("Réunion d'équipe – clinique de la douleur", "Pain clinic team meeting")
    desc = ctx.t("Ordre du jour : délais d'attente, nouveau formulaire, horaire d'été.",
                 "Agenda: wait times, new intake form, summer schedule.")
    T.att_ics(ctx, "invite.ics", d, 60, summ, desc, ctx.t("Salle 2-104", "Room 2-104"), (mgr.full, mgr.email()),
              [(a.full, a.email()) for a in att])
    T.mail(ctx, mgr, att, ctx.t("Invitation : réunion d'équipe", "Invitation: team meeting"),
           ctx.t(f"Bonjour,\n\n{desc}\n\n{mgr.given}", f"Hello,\n\n{desc}\n\n{mgr.given}"))
    return ctx.finish("meeting", "team meeting invitation")


def fw_quote(ctx):
    buyer = ctx.staff("buyer")
    mgr = ctx.staff("manager")
    rep = ("Ventes MédiSource", "ventes@medisource-quebec.example")
    sn = C.luhn_serial(ctx.rng, 10)
    orig = ctx.t(f"Bonjour,\n\nVoici notre soumission pour le remplacement de l'échographe portable (no de série actuel "
                 f"{sn}) : 38 450 $ avant taxes, sonde linéaire incluse, garantie 5 ans.\nValide 60 jours.\n\n"
                 f"Équipe des ventes",
                 f"Hello,\n\nHere is our quote to replace the portable ultrasound (current serial {sn}): $38,450 "
                 f"before tax, linear probe included, 5-year warranty.\nValid 60 days.\n\nSales team")
    text = ctx.t(f"{mgr.given}, pour ton approbation.\n", f"{mgr.given}, for your approval.\n") + \
        T.forward_block(ctx, rep, (buyer.full, buyer.email()), ctx.t("Soumission échographe", "Ultrasound quote"), orig)
    T.mail(ctx, buyer, [mgr], ctx.t("TR: Soumission échographe", "FW: Ultrasound quote"), text)
    return ctx.finish("purchase_order", "forwarded vendor quote with device serial")


def policies_zip(ctx):
    qual = ctx.staff("coord")
    d1 = D.docx_bytes([("h", ctx.t("Politique : gestion des anticoagulants en préopératoire",
                                    "Policy: peri-operative anticoagulant management")),
                       ctx.t("Portée : tous les patients vus en CPO. Responsable : chef du département d'anesthésie.",
                             "Scope: all patients seen in PAC. Owner: head of anaesthesia."),
                       ("bullets", [ctx.t("Apixaban : cesser 48 h (risque hémorragique élevé : 72 h)",
                                          "Apixaban: hold 48 h (high bleeding risk: 72 h)"),
                                    ctx.t("Warfarine : cesser 5 jours, INR la veille", "Warfarin: hold 5 days, INR day before")])],
                      T.when(ctx), author=qual.full)
    p1 = D.pdf_bytes([("h", ctx.t("Algorithme de jeûne préopératoire", "Pre-operative fasting algorithm")),
                      ctx.t("Solides : 8 h. Liquides clairs : 2 h. Agonistes GLP-1 : cesser 1 semaine.",
                            "Solids: 8 h. Clear fluids: 2 h. GLP-1 agonists: hold 1 week.")])
    T.att_zip(ctx, ctx.t("politiques_CPO_2025.zip", "PAC_policies_2025.zip"),
              [(ctx.t("politique_anticoagulants.docx", "anticoagulant_policy.docx"), d1),
               (ctx.t("algorithme_jeûne.pdf", "fasting_algorithm.pdf"), p1)])
    T.mail(ctx, qual, [T.shared_box(ctx, "cpo.equipe", "Équipe CPO", "PAC team")],
           ctx.t("Politiques révisées (CPO)", "Revised PAC policies"),
           ctx.t(f"Bonjour,\n\nLes politiques révisées sont jointes. Merci d'en prendre connaissance avant le 1er juin.\n\n"
                 f"{ctx.sig(qual, 'preop')}", f"Hello,\n\nRevised policies attached; please review before June 1.\n\n"
                 f"{ctx.sig(qual, 'preop')}"))
    return ctx.finish("policy", "zipped clinical policies")


def ooo(ctx):
    s = ctx.staff(ctx.pick(["anes", "algo", "coord", "nurse"]))
    back = T.appt(ctx, 5, 15).date()
    text = ctx.t(f"Je suis absent(e) du bureau jusqu'au {C.fmt_date(back, 'long_fr')}. Pour toute urgence "
                 f"clinique, communiquez avec le secrétariat au 819-555-0163. Pour les demandes de rendez-vous : "
                 f"douleur.rdv@{C.DOMAIN}.\n\n{ctx.sig(s, 'pain')}",
                 f"I am out of the office until {C.fmt_date(back, 'long_en')}. For urgent clinical matters please "
                 f"call the clinic at 819-555-0163. Booking requests: pain.referrals@{C.DOMAIN}.\n\n{ctx.sig(s, 'pain')}")
    text = text.replace("absent(e)", "absente" if s.sex == "F" else "absent")
    other = ctx.staff("clerk")
    T.mail(ctx, s, [other], ctx.t("Réponse automatique : ", "Automatic reply: ") + ctx.pick(
        [ctx.t("horaire", "schedule"), ctx.t("Question", "Question"), "RE: PO"]), text)
    ctx.msg.extra_headers.append(("Auto-Submitted", "auto-replied"))
    return ctx.finish("auto_reply", "out-of-office auto-reply")


def eml_newsletter(ctx):
    a = ctx.staff("coord")
    b = ctx.staff("manager")
    sp = ctx.staff("algo")
    inner = ctx.t(f"Webinaire provincial : « Douleur chronique et opioïdes : les nouvelles lignes directrices »\n"
                  f"Présenté par {ctx.dr(sp)}\nMercredi 12 h à 13 h. Inscription : formation.example/douleur",
                  f"Provincial webinar: 'Chronic pain and opioids: the new guidelines'\nPresented by {ctx.dr(sp)}\n"
                  f"Wednesday 12:00-13:00. Register at learning.example/pain")
    nested = T.nested_msg(ctx, ("Formation continue", "no-reply@formation.example"), [(a.full, a.email())],
                          ctx.t("Webinaire : douleur chronique", "Webinar: chronic pain"), inner, days_before=2)
    T.att_eml(ctx, ctx.t("Webinaire.eml", "Webinar.eml"), nested)
    T.mail(ctx, a, [b], ctx.t("TR: Webinaire douleur chronique", "FW: chronic pain webinar"),
           ctx.t(f"Intéressant pour l'équipe?\n{a.given}", f"Worth sharing with the team?\n{a.given}"))
    return ctx.finish("conference", "forwarded webinar announcement as .eml")


def annual_report(ctx):
    dirr = ctx.staff("manager")
    rows = [[ctx.t("Indicateur", "Indicator"), "2023-24", "2024-25"],
            [ctx.t("Nouvelles consultations", "New consults"), "1 142", "1 288"],
            [ctx.t("Interventions (blocs, RF)", "Procedures (blocks, RFA)"), "2 904", "3 117"],
            [ctx.t("Perfusions de kétamine", "Ketamine infusions"), "188", "214"],
            [ctx.t("Visites CPO", "PAC visits"), "5 870", "6 021"],
            [ctx.t("Annulations le jour même", "Same-day cancellations"), "4,2 %", "3,4 %"]]
    T.att_pdf(ctx, ctx.t("rapport_annuel_2024-2025.pdf", "annual_report_2024-2025.pdf"),
              [("h", ctx.t("Rapport annuel — Anesthésie et douleur", "Annual report — Anaesthesia and pain")),
               ("table", rows), ctx.t("Données agrégées; aucune information nominative.",
                                      "Aggregate data; no identifying information.")])
    T.mail(ctx, dirr, [T.shared_box(ctx, "direction", "Direction", "Leadership")],
           ctx.t("Rapport annuel 2024-2025", "Annual report 2024-2025"),
           ctx.t(f"Bonjour,\n\nLe rapport annuel est joint.\n\n{ctx.sig(dirr, 'preop')}",
                 f"Hello,\n\nThe annual report is attached.\n\n{ctx.sig(dirr, 'preop')}"))
    return ctx.finish("statistics", "annual activity report (aggregate)")


def anon_feedback(ctx):
    mgr = ctx.staff("manager")
    coord = ctx.staff("coord")
    topic = ctx.pick([
        (ctx.t("Une patiente nous a appelés ce matin pour se plaindre du prix du stationnement P3 et de l'attente "
               "au comptoir d'inscription (45 minutes). Je n'ai pas pris son nom, elle voulait seulement que la "
               "direction le sache.",
               "A patient called this morning to complain about the P3 parking rates and the 45-minute wait at "
               "registration. She did not want to leave her name - she just wanted management to know."),
         ctx.t("Commentaire d'usager", "Patient feedback")),
        (ctx.t("Trois patients différents cette semaine m'ont dit ne pas avoir reçu la feuille de consignes sur "
               "l'arrêt des anticoagulants. Peut-on vérifier l'envoi automatisé?",
               "Three different patients this week told me they never got the anticoagulant hold instructions. "
               "Can we check the automated mailing?"),
         ctx.t("Feuille de consignes non reçue", "Instruction sheet not received")),
        (ctx.t("Le sondage de satisfaction du trimestre : 212 répondants, 91 % satisfaits ou très satisfaits; "
               "principal irritant : le délai avant la première consultation.",
               "Quarterly satisfaction survey: 212 respondents, 91% satisfied or very satisfied; main irritant: "
               "time to first consult."),
         ctx.t("Sondage de satisfaction", "Satisfaction survey"))])
    T.mail(ctx, coord, [mgr], topic[1], f"{T.hello(ctx, mgr)}\n\n{topic[0]}\n\n{ctx.sig(coord, 'pain')}")
    return ctx.finish("feedback", "anonymous patient feedback without identity")


TEMPLATES_FR = [(staff_vcard, 2), (team_meeting, 1), (fw_quote, 1), (policies_zip, 1), (ooo, 2), (eml_newsletter, 1),
                (annual_report, 1), (anon_feedback, 2)]
TEMPLATES_EN = [(staff_vcard, 1), (team_meeting, 2), (fw_quote, 2), (policies_zip, 1), (ooo, 1), (eml_newsletter, 2),
                (annual_report, 1), (anon_feedback, 2)]
