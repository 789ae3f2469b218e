"""Negative templates, part D: orders, media, teaching rotations, surveys,
laboratory notices, forwarded guideline threads."""
import datetime as dt

import gen_common as C
import gen_data as D
import gen_ids as I
from gen_neg_a import _spec, team


# ---------------------------------------------------------------- N37 supply order
def supply_order(ctx, lang):
    rng = ctx.rng
    org = rng.choice(D.COMMUNITY)
    w = C.st(rng.choice(["Lacasse", "Fitzgerald", "Diallo"]))
    to = C.st(rng.choice(["Brisebois", "Ducharme"]))
    q = [rng.randrange(5, 40) * 100, rng.randrange(2, 12) * 10, rng.randrange(10, 60), rng.randrange(1, 10) * 100]
    if lang == "fr":
        body = (f"Salut {to.given},\n\nCommande de matériel pour {org[0]} (mois d'avril) :\n- seringues 1 mL : {q[0]}\n"
                f"- pipes à crack : {q[1]}\n- trousses naloxone : {q[2]}\n- condoms : {q[3]}\n- bandelettes fentanyl : 200\n\n"
                f"Ramassage jeudi au quai de livraison si possible. Merci!\n{w.given}")
        subj = rng.choice(["Commande matériel avril", "commande", "Matériel RDM – commande"])
    else:
        body = (f"Hi {to.given},\n\nSupply order for {org[0]} (April):\n- 1 mL syringes: {q[0]}\n- pipes: {q[1]}\n"
                f"- naloxone kits: {q[2]}\n- condoms: {q[3]}\n\nPick-up Thursday at the loading dock if possible.\n{w.given}")
        subj = rng.choice(["April supply order", "order"])
    return _spec("supply_order", lang, subj, w.who(lang), [to.who(lang)], body, "harm reduction supply order")


# ---------------------------------------------------------------- N38 media request
def press_media(ctx, lang):
    rng = ctx.rng
    com = ("Communications", f"communications@{D.ORG_DOMAIN}")
    mgr = C.st("Dumont")
    if lang == "fr":
        prev = ("Bonjour,\n\nJe suis journaliste au Quotidien du Centre-Sud. J'aimerais interviewer un usager du site de consommation "
                "supervisée et prendre des photos à l'intérieur pour un reportage sur la crise des surdoses.\n\nMerci\nJulie Marchessault")
        top = ("Bonjour Mme Marchessault,\n\nPour protéger la vie privée des usagers, nous n'autorisons ni photos à l'intérieur ni "
               f"entrevues sur place. M. {mgr.surname}, chef de service, peut vous accorder une entrevue sur nos données agrégées "
               f"(plus de {rng.randrange(200, 400)} surdoses renversées l'an dernier, aucun décès).\n\nCordialement,\nService des communications")
        body = C.reply_body(rng, top, prev, "Julie Marchessault <jmarchessault@quotidien-cs.example>", "Demande d'entrevue", "fr")
        subj = "RE: Demande d'entrevue"
    else:
        prev = ("Hello,\n\nI'm a reporter with the Montreal Weekly. I'd like to interview a client of the supervised consumption site and "
                "take photos inside.\n\nThanks\nJulie Marchessault")
        top = (f"Dear Ms. Marchessault,\n\nTo protect clients' privacy we do not allow photos inside or on-site interviews. Our manager, "
               f"Mr. {mgr.surname}, can speak to our aggregate data.\n\nCommunications")
        body = C.reply_body(rng, top, prev, "Julie Marchessault <jmarchessault@mtlweekly.example>", "Interview request", "en")
        subj = "RE: Interview request"
    return _spec("press_media", lang, subj, com, [("Julie Marchessault", "jmarchessault@quotidien-cs.example")], body,
                 "declined media request, aggregate figures only")


# ---------------------------------------------------------------- N39 student rotation
def student_rotation(ctx, lang):
    rng = ctx.rng
    frm = C.st(rng.choice(["Ducharme", "Vachon"]))
    res = ["Mathilde Carrier (R1 MF)", "Youssef Amrani (R2 MF)", "Hannah Pryce (externe)", "Benoît Ferland (R1 psychiatrie)",
           "Clara Jodoin (stagiaire IPS)"]
    rng.shuffle(res)
    if lang == "fr":
        body = (f"Bonjour,\n\nRotation en médecine des dépendances – bloc {rng.randrange(7, 13)} :\n"
                + "\n".join(f"- {r} : {rng.choice(['clinique TAO AM', 'SCS soir', 'clinique ITSS/PrEP', 'consultations hôpital'])}" for r in res[:3]) +
                "\n\nSupervision : Dre Vachon (TAO), Dr Haddad (ITSS). Accueil lundi 8 h, salle Papineau; apportez votre carte d'accès.")
        subj = "Horaire des résidents – bloc " + str(rng.randrange(7, 13))
    else:
        body = ("Hello,\n\nAddiction medicine rotation:\n" +
                "\n".join(f"- {r}: {rng.choice(['OAT clinic AM', 'SCS evening', 'STI/PrEP clinic', 'hospital consults'])}" for r in res[:3]) +
                "\n\nSupervisors: Dr. Vachon (OAT), Dr. Haddad (STI). Orientation Monday 8 am.")
        subj = "Resident schedule – next block"
    body += "\n\n" + C.signature(rng, frm, lang)
    return _spec("student_rotation", lang, subj, frm.who(lang), [team(lang)], body, "residents' rotation schedule")


# ---------------------------------------------------------------- N40 satisfaction survey
def satisfaction_survey(ctx, lang):
    rng = ctx.rng
    frm = C.st("Côté")
    n = rng.randrange(80, 260)
    a, b, c = rng.randrange(80, 96), rng.randrange(60, 85), rng.randrange(40, 70)
    if lang == "fr":
        body = (f"Bonjour,\n\nRésultats du sondage de satisfaction des usagers (n = {n}, anonyme) :\n- Se sentent respectés : {a} %\n"
                f"- Délai d'attente acceptable pour l'induction TAO : {b} %\n- Aimeraient des heures de PrEP le soir : {c} %\n\n"
                f"Commentaires fréquents : accueil chaleureux, manque de places en hébergement, souhait d'un TAO injectable.")
        subj = "Résultats – sondage de satisfaction"
    else:
        body = (f"Hello,\n\nClient satisfaction survey (n = {n}, anonymous):\n- Feel respected: {a}%\n- Acceptable wait for OAT start: {b}%\n"
                f"- Want evening PrEP hours: {c}%")
        subj = "Client survey results"
    body += "\n\n" + C.signature(rng, frm, lang)
    return _spec("satisfaction_survey", lang, subj, frm.who(lang), [team(lang)], body, "aggregate survey results")


# ---------------------------------------------------------------- N41 lab test code change
def lab_code_change(ctx, lang):
    rng = ctx.rng
    frm = ("Laboratoire – soutien clinique" if lang == "fr" else "Laboratory – clinical support", f"labo@{D.HOSP_DOMAIN}")
    code = f"{rng.choice(['VHCRNA', 'CTNGPCR', 'SYPHEIA', 'HIVVL'])}{rng.randrange(2, 9)}"
    if lang == "fr":
        body = (f"Bonjour,\n\nÀ compter du {I.fmt_date(rng, I.future_day(rng, 7, 30), 'fr', 'long')}, le test "
                f"{rng.choice(['ARN du VHC', 'TAAN chlamydia/gonorrhée', 'dépistage de la syphilis (EIA)', 'charge virale VIH'])} "
                f"sera commandé sous le code {code} dans le DME. Le tube et les conditions de transport sont inchangés. "
                f"Délai de réponse : 48-72 h. Les anciens codes seront désactivés.")
        subj = f"Changement de code de test – {code}"
    else:
        body = (f"Hello,\n\nEffective {I.fmt_date(rng, I.future_day(rng, 7, 30), 'en', 'long')}, "
                f"{rng.choice(['HCV RNA', 'CT/NG NAAT', 'syphilis EIA', 'HIV viral load'])} will be ordered under code {code}. "
                f"Tube and transport unchanged; turnaround 48-72 h.")
        subj = f"Test code change – {code}"
    return _spec("lab_code_change", lang, subj, frm, [team(lang)], body, "laboratory test code notice")


# ---------------------------------------------------------------- N42 forwarded guideline thread
def fwd_guideline_chain(ctx, lang):
    rng = ctx.rng
    a = C.st("Mitchell" if lang == "en" else "Nguyen")
    b = C.st(rng.choice(["Haddad", "Goldberg"]))
    c = C.st("Ducharme")
    when = C.mail_date(rng)
    if lang == "fr":
        orig = ("Bonjour,\n\nLa mise à jour du guide québécois de dépistage des ITSS est publiée : dépistage de la syphilis "
                "recommandé aux 3 mois chez les personnes sous PrEP, et test de grossesse offert systématiquement.\n\nKim")
        body = ("Pour discussion à la réunion clinique. Ça change nos ordonnances collectives.\n\n" + b.given +
                C.forward_block(rng, orig, f"{a.full} <{a.addr}>", f"{b.full} <{b.addr}>", "Mise à jour guide ITSS", when, "fr"))
        subj = "TR: Mise à jour guide ITSS"
    else:
        orig = ("Hello,\n\nThe updated STBBI screening guide is out: syphilis screening every 3 months for people on PrEP.\n\nLaura")
        body = ("For discussion at clinical rounds - affects our standing orders.\n\n" + b.given +
                C.forward_block(rng, orig, f"{a.full} <{a.addr}>", f"{b.full} <{b.addr}>", "Updated STBBI guide", when, "en"))
        subj = "Fwd: Updated STBBI guide"
    return _spec("fwd_guideline_chain", lang, subj, b.who(lang), [c.who(lang)], body, "forwarded guideline update thread")
