"""Positive messages, part A: organ-donation coordination between the ICU and the donation network."""
import datetime as dt

from gen_common import ORGS, fmt_date, age_on, strip_accents, luhn_serial
from gen_clin import (Item, Acc, DONOR_DX, DONOR_MEDS, RECIP_DX, donor_labs, serologies, hla_typing,
                      msg_date, L, who, BOXES, bed, signature, num)
from gen_mime import Mail, Att, quote_reply
from gen_attach import make_pdf, make_xlsx, make_zip, make_csv, make_docx


def _hm(d):
    return "%dh%02d" % (d.hour, d.minute)


def _family(ctx, lang, social, sex="M"):
    """Next-of-kin line; with social=True it carries social situation details."""
    if not social:
        return ctx.pick(L(lang, [
            "Famille au chevet (conjointe et deux enfants), informée de la gravité.",
            "La sœur est la répondante; rencontre famille prévue à 16h.",
            "Parents présents, très collaborants. Pas encore abordé le don.",
        ], [
            "Family at bedside (spouse and two adult children), aware of the prognosis.",
            "Sister is the substitute decision-maker; family meeting planned for 4 pm.",
            "Parents present and engaged. Donation not yet raised with them.",
        ]))
    keep = [0, 2] if sex == "M" else [1, 2]
    return ctx.pick([x for i, x in enumerate(L(lang, [
        "Situation familiale complexe : séparé depuis 2023, ex-conjointe ne souhaite pas être impliquée; "
        "le fils de 19 ans est le répondant. Vivait seul en chambre, prestataire d'aide sociale.",
        "Patiente en maison d'hébergement pour violence conjugale depuis mars; l'ex-conjoint fait l'objet "
        "d'une ordonnance de non-contact. La mère est la répondante.",
        "Situation d'itinérance depuis l'automne, connu du refuge Saint-Roch. Un frère retrouvé par les policiers.",
    ], [
        "Complex family situation: separated since 2023, ex-wife does not want to be involved; 19-year-old son "
        "is the decision-maker. Lived alone in a rooming house, on social assistance.",
        "Patient had been staying at a women's shelter since March; the former partner is under a no-contact "
        "order. Her mother is the decision-maker.",
        "Homeless since the fall, known to the downtown shelter. Police located a brother this morning.",
    ])) if i in keep])


# --------------------------------------------------------------------------------------------
def s_donor_referral(ctx, lang):
    p = ctx.patient(lang, nam=True, lo=1950, hi=2007)
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    sender, frm = who(ctx, lang, "chu")
    coord = ctx.staff(lang)
    dx = ctx.pick(DONOR_DX)
    labs, _ = donor_labs(ctx, lang)
    meds = ctx.rng.sample(DONOR_MEDS, ctx.rng.randrange(2, 4))
    social = ctx.chance(0.35)
    b = bed(ctx, lang)
    ident = acc.ident_line(p)
    age = age_on(p["dob"], d.date())
    adm = d - dt.timedelta(days=ctx.rng.randrange(1, 5))
    acc.t("diagnosis", "lab_result", "medication")
    if social:
        acc.t("social_information")
    fam = _family(ctx, lang, social, p["sex"])
    if lang == "fr":
        subj = ctx.pick(["Référence donneur potentiel - USI Deux-Rives %s" % b,
                         "Réf. DDN potentiel (%d ans) - %s" % (age, b),
                         "Nouvelle référence - %s" % acc.name(p, "upper_comma"),
                         "Appel au Réseau - patient %s" % b])
        med_s = "; ".join(m[0] for m in meds)
        body = ctx.pick([
            "Bonjour %s,\n\nTel que discuté au téléphone à %s, voici les informations pour la référence :\n\n",
            "Salut %s,\n\nJe te confirme par écrit la référence de cette nuit (appel à %s).\n\n",
        ]) % (coord["given"], _hm(d - dt.timedelta(minutes=40)))
        body += ("%s\n%s, admis(e) le %s via l'urgence.\n\nDx : %s\n"
                 "Examen : GCS 3, pupilles fixes et aréactives, réflexes cornéens absents, toux faible à "
                 "l'aspiration. Premier examen DDN prévu vers %s.\n\nLabos de %s : %s\n\nSupport en cours : %s\n\n"
                 "Famille : %s\n\nTu peux me rejoindre sur le cellulaire de garde toute la journée."
                 % (ident, b.capitalize(), fmt_date(adm.date(), "long", "fr"), dx[0],
                    _hm(d + dt.timedelta(hours=3)), _hm(d - dt.timedelta(hours=2)), labs, med_s, fam))
        body += signature(ctx, sender, "chu", ctx.pick(["int", "inf", "res"]), "fr")
    else:
        subj = ctx.pick(["Potential donor referral - ICU Deux-Rives %s" % b,
                         "Referral: possible NDD, %s" % b,
                         "New referral - %s" % acc.name(p, "upper_comma"),
                         "Donor referral follow-up (%s, %d y)" % (b, age)])
        med_s = "; ".join(m[1] for m in meds)
        body = ctx.pick([
            "Hi %s,\n\nAs discussed on the phone at %s, here is the referral information:\n\n",
            "Hello %s,\n\nConfirming in writing the referral we called in overnight (%s).\n\n",
        ]) % (coord["given"], d.strftime("%H:%M"))
        body += ("%s\n%s, admitted %s through the ED.\n\nDx: %s\n"
                 "Exam: GCS 3, pupils fixed and dilated, no corneal reflexes, weak cough on suctioning. "
                 "First NDD exam planned around %s.\n\nLabs this morning: %s\n\nCurrent support: %s\n\n"
                 "Family: %s\n\nBest reached on the ICU on-call cell today."
                 % (ident, b.capitalize(), fmt_date(adm.date(), "long", "en"), dx[1],
                    (d + dt.timedelta(hours=3)).strftime("%H:%M"), labs, med_s, fam))
        body += signature(ctx, sender, "chu", ctx.pick(["int", "inf", "res"]), "en")
    to = [BOXES["don_ref" if lang == "fr" else "don_ref_en"]]
    cc = [(coord["given"] + " " + coord["surname"], "%s.%s@reseau-boreal-don.example" % (
        strip_accents(coord["given"]).lower().split("-")[0], strip_accents(coord["surname"]).lower()))]
    m = Mail(frm, to, subj, body, date=d, cc=cc, lang=lang)
    it = Item(True, "donor_referral", lang, m, L(lang, "référence d'un donneur potentiel", "potential donor referral"))
    return acc.apply(it)


# --------------------------------------------------------------------------------------------
def s_donor_pdf(ctx, lang):
    p = ctx.patient(lang, nam=True, lo=1950, hi=2007)
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    sender, frm = who(ctx, lang, "don")
    dx = ctx.pick(DONOR_DX)
    labs, vals = donor_labs(ctx, lang)
    meds = ctx.rng.sample(DONOR_MEDS, 3)
    h = ctx.rng.randrange(155, 192)
    w = ctx.rng.randrange(52, 118)
    sex_w = L(lang, "Sexe", "Sex")
    if lang == "fr":
        kv = [("Nom, prénom", acc.name(p, "upper_comma")), ("Date de naissance", acc.dob(p)),
              (sex_w, p["sex"]), ("NAM", acc.nam(p, ctx.pick(["spaced", "plain", "hyphen"]))),
              ("No de dossier", acc.mrn(p, "plain")), ("Taille / poids", "%d cm / %d kg" % (h, w)),
              ("Cause du décès", dx[0]), ("Antécédents", ctx.pick(["HTA, tabagisme 30 PA", "Diabète type 2, dyslipidémie",
                                                                  "Aucun connu", "ROH chronique, HTA"])),
              ("Support hémodynamique", "; ".join(x[0] for x in meds))]
        blocks = [("h", "Fiche de référence - donneur potentiel"), ("kv", kv), ("sp",),
                  ("h", "Bilan biologique"), ("p", labs), ("p", serologies(ctx, "fr"))]
        title = "Fiche de référence donneur"
        body = ctx.pick([
            "Bonjour,\n\nVoici la fiche à jour avec les labos de 6 h. Le 2e examen DDN est prévu vers 14 h; "
            "on vous rappelle dès que c'est fait.\n\nMerci",
            "Fiche de référence en pièce jointe (version 3). L'écho cardiaque est demandée pour ce matin.",
            "Bonjour à tous,\n\nCi-joint la fiche complète pour l'appel d'allocation de 10 h.\n",
        ])
    else:
        kv = [("Name", acc.name(p, "upper_comma")), ("Date of birth", acc.dob(p)), (sex_w, p["sex"]),
              ("RAMQ", acc.nam(p, ctx.pick(["spaced", "plain", "hyphen"]))), ("MRN", acc.mrn(p, "plain")),
              ("Height / weight", "%d cm / %d kg" % (h, w)), ("Cause of death", dx[1]),
              ("History", ctx.pick(["HTN, 30 pack-year smoker", "Type 2 diabetes, dyslipidaemia", "None known",
                                    "Chronic alcohol use, HTN"])),
              ("Haemodynamic support", "; ".join(x[1] for x in meds))]
        blocks = [("h", "Potential donor referral sheet"), ("kv", kv), ("sp",), ("h", "Laboratory"),
                  ("p", labs), ("p", serologies(ctx, "en"))]
        title = "Donor referral sheet"
        body = ctx.pick([
            "Hi all,\n\nUpdated referral sheet attached with the 06:00 labs. Second NDD exam expected around 14:00.\n",
            "Attached is version 3 of the referral sheet. Echo has been requested for this morning.",
            "Please find the complete sheet for the 10:00 allocation call.\n\nThanks",
        ])
    acc.t("diagnosis", "lab_result", "medication")
    body += signature(ctx, sender, "don", ctx.pick(["coord", "coordm"]), lang)
    fn_style = ctx.rng.randrange(3)
    if fn_style == 0:
        fname = "Fiche_donneur_%s_%s.pdf" % (strip_accents(p["surname"]).upper(), d.strftime("%Y%m%d"))
    elif fn_style == 1:
        fname = L(lang, "Fiche_référence_%s.pdf" % p["mrn"], "referral_sheet_%s.pdf" % p["mrn"])
        acc.t("mrn")
    else:
        fname = L(lang, "fiche donneur v3.pdf", "donor sheet v3.pdf")
    pdf = make_pdf(blocks, title=title, author=display_name(sender),
                   header=ORGS["don"][lang] + " - " + L(lang, "Confidentiel", "Confidential"))
    subj = ctx.pick(L(lang, ["Fiche donneur - mise à jour", "TR: fiche de référence", "Fiche v3 pour allocation"],
                         ["Donor sheet - update", "FW: referral sheet", "Sheet v3 for allocation"]))
    to = [BOXES["usi" if lang == "fr" else "icu"]]
    m = Mail(frm, to, subj, body, date=d, atts=[Att(fname, "application/pdf", data=pdf)], lang=lang)
    it = Item(True, "donor_sheet_pdf", lang, m, L(lang, "fiche donneur en PDF", "donor sheet as PDF"))
    return acc.apply(it)


def _dr(p):
    return ("Dre " if p["sex"] == "F" else "Dr ") + p["surname"]


def display_name(p):
    return "%s %s" % (p["given"], p["surname"])


# --------------------------------------------------------------------------------------------
def s_ndd_exam(ctx, lang):
    use_nam = ctx.chance(0.4)
    p = ctx.patient(lang, nam=use_nam, lo=1950, hi=2007)
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    doc, frm = who(ctx, lang, "chu")
    coord, cfrm = who(ctx, lang, "don")
    dx = ctx.pick(DONOR_DX)
    pco2_0, pco2_1 = ctx.rng.randrange(38, 45), ctx.rng.randrange(61, 74)
    ph = num(ctx.rng.uniform(7.14, 7.26), lang, 2)
    t1 = d - dt.timedelta(hours=ctx.rng.randrange(2, 6))
    if use_nam:
        who_s = acc.ident_line(p, with_mrn=False)
    else:
        who_s = acc.name(p) + (L(lang, ", dossier ", ", MRN ") + acc.mrn(p) if ctx.chance(0.6) else "")
    acc.t("diagnosis", "lab_result")
    if lang == "fr":
        q = ("Bonjour Dr %s,\n\nPourriez-vous nous confirmer l'heure du décès et le résultat du test d'apnée "
             "pour compléter le dossier? Le Réseau en a besoin avant l'appel d'allocation.\n\nMerci!\n%s"
             % (doc["surname"], coord["given"]))
        body = ("Bonjour %s,\n\nPour %s :\n\n"
                "- Contexte : %s\n"
                "- 1er examen DDN %s (%s) : coma aréactif, absence des réflexes du tronc cérébral "
                "(pupillaire, cornéen, oculo-vestibulaire, toux, nauséeux).\n"
                "- Test d'apnée : PaCO2 %d -> %d mmHg après 8 min, pH %s. Aucun mouvement respiratoire.\n"
                "- 2e examen %s : concordant.\n- Heure légale du décès : %s.\n\n"
                "Le formulaire DDN est signé et numérisé au dossier.\n"
                % (coord["given"], who_s, dx[0], _hm(t1), _dr(ctx.staff("fr")), pco2_0, pco2_1, ph,
                   _hm(t1 + dt.timedelta(hours=1)), _hm(t1 + dt.timedelta(hours=1, minutes=25))))
        subj = "RE: Heure du décès et test d'apnée"
    else:
        q = ("Hello Dr. %s,\n\nCould you confirm the time of death and the apnoea test result so we can "
             "complete the file before the allocation call?\n\nThanks!\n%s" % (doc["surname"], coord["given"]))
        body = ("Hi %s,\n\nFor %s:\n\n"
                "- Background: %s\n"
                "- First NDD exam %s: unresponsive coma, absent brainstem reflexes (pupillary, corneal, "
                "vestibulo-ocular, cough, gag).\n"
                "- Apnoea test: PaCO2 %d -> %d mmHg after 8 min, pH %s. No respiratory effort.\n"
                "- Second exam %s: concordant.\n- Legal time of death: %s.\n\n"
                "NDD form signed and scanned to the chart.\n"
                % (coord["given"], who_s, dx[1], t1.strftime("%H:%M"), pco2_0, pco2_1, ph,
                   (t1 + dt.timedelta(hours=1)).strftime("%H:%M"),
                   (t1 + dt.timedelta(hours=1, minutes=25)).strftime("%H:%M")))
        subj = "RE: Time of death / apnoea test"
    body += signature(ctx, doc, "chu", "int", lang, style=ctx.pick([1, 2]))
    qd = d - dt.timedelta(minutes=ctx.rng.randrange(20, 200))
    quoted = quote_reply(q, display_name(coord), cfrm[1], qd, lang, ctx.pick(["gt", "outlook"]))
    body += "\n\n" + quoted.replace("%SUBJ%", subj[4:])
    m = Mail(frm, [cfrm], subj, body, date=d, lang=lang, in_reply_to="<%08x.%s@reseau-boreal-don.example>" % (
        ctx.rng.getrandbits(32), qd.strftime("%Y%m%d%H%M")))
    it = Item(True, "ndd_documentation", lang, m, L(lang, "documentation de décès neurologique",
                                                        "neurological death documentation"))
    return acc.apply(it)


# --------------------------------------------------------------------------------------------
def s_family_meeting(ctx, lang):
    p = ctx.patient(lang, lo=1950, hi=2006)
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    sw, frm = who(ctx, lang, "chu")
    coord, cfrm = who(ctx, lang, "don")
    dx = ctx.pick(DONOR_DX)
    nm = acc.name(p, ctx.pick(["title_full", "full", "upper_comma", "initial"]))
    acc.t("diagnosis", "social_information")
    organs = ctx.pick(L(lang, ["reins et foie", "reins, foie et poumons", "tous les organes sauf le cœur"],
                           ["kidneys and liver", "kidneys, liver and lungs", "all organs except the heart"]))
    if lang == "fr":
        soc = ctx.pick([
            "Le patient vivait seul depuis le décès de sa conjointe; revenus de la Sécurité de la vieillesse seulement. "
            "Le fils aîné, en instance de divorce, est hébergé chez un ami et peu joignable.",
            "La famille reçoit du soutien du CLSC; la fille de 15 ans est suivie par la DPJ et vit en famille d'accueil. "
            "L'intervenante DPJ souhaite être avisée avant toute annonce à l'adolescente.",
            "Logement insalubre signalé par la municipalité en juin; la sœur demande l'aide du service social pour "
            "les arrangements funéraires (prestation de décès).",
        ])
        body = ("Bonjour %s,\n\nRésumé de la rencontre de famille de ce midi concernant %s (%s).\n\n"
                "Présents : conjointe de fait, deux enfants, moi-même et Dr %s.\nDx : %s.\n\n"
                "Situation sociale : %s\n\nDécision : consentement au don (%s). La famille refuse le don de tissus. "
                "Elle souhaite un moment de recueillement avec l'aumônier avant le départ au bloc.\n"
                % (coord["given"], nm, bed(ctx, lang), ctx.staff("fr")["surname"], dx[0], soc, organs))
        subj = ctx.pick(["Rencontre de famille - consentement", "Compte rendu rencontre famille %s" % bed(ctx, lang),
                         "Famille - suivi social et consentement"])
    else:
        soc = ctx.pick([
            "He lived alone since his wife died; old-age pension is his only income. The eldest son, going through "
            "a divorce, is staying with a friend and hard to reach.",
            "Family is followed by the community health centre; the 15-year-old daughter is in foster care under "
            "youth protection. The caseworker wants to be told before anything is said to her.",
            "Housing was flagged as unsanitary by the city in June; the sister asked social work to help with "
            "funeral arrangements (death benefit application).",
        ])
        body = ("Hi %s,\n\nSummary of today's family meeting for %s (%s).\n\n"
                "Present: common-law partner, two children, myself and Dr. %s.\nDx: %s.\n\n"
                "Social situation: %s\n\nDecision: consent to donation (%s). Family declines tissue donation and "
                "would like time with the chaplain before transfer to the OR.\n"
                % (coord["given"], nm, bed(ctx, lang), ctx.staff("en")["surname"], dx[1], soc, organs))
        subj = ctx.pick(["Family meeting - consent", "Family meeting summary", "Family - social follow-up and consent"])
    body += signature(ctx, sw, "chu", "ts", lang)
    m = Mail(frm, [cfrm], subj, body, date=d, lang=lang)
    it = Item(True, "family_meeting", lang, m, L(lang, "rencontre de famille et consentement", "family meeting and consent"))
    return acc.apply(it)


# --------------------------------------------------------------------------------------------
def s_coroner(ctx, lang):
    use_nam = ctx.chance(0.5)
    p = ctx.patient(lang, nam=use_nam, lo=1955, hi=2007)
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    doc, frm = who(ctx, lang, "chu")
    circ = ctx.pick(L(lang, [
        ("accident de la route (conducteur), alcoolémie à l'admission 38 mmol/L", True),
        ("chute dans un escalier au domicile, dépistage toxicologique positif cocaïne et benzodiazépines", True),
        ("pendaison au domicile, découvert par un voisin", False),
        ("intoxication au monoxyde de carbone, carboxyhémoglobine 34 %", True),
    ], [
        ("motor vehicle collision (driver), blood alcohol 38 mmol/L on admission", True),
        ("fall down the stairs at home, urine tox positive for cocaine and benzodiazepines", True),
        ("hanging at home, found by a neighbour", False),
        ("carbon monoxide poisoning, carboxyhaemoglobin 34%", True),
    ]))
    acc.t("diagnosis")
    if circ[1]:
        acc.t("lab_result")
    if use_nam:
        ident = acc.ident_line(p)
    else:
        ident = "%s, %s %s" % (acc.name(p, "upper_comma"), L(lang, "né(e) le", "born"), acc.dob(p))
    if lang == "fr":
        body = ("Bonjour,\n\nAvis de décès à déclarer au coroner :\n\n%s\nCirconstances : %s.\n"
                "Décès constaté selon les critères neurologiques le %s à %s.\n\n"
                "La famille a consenti au don d'organes. Pouvez-vous nous confirmer que le coroner ne s'oppose pas "
                "au prélèvement (reins, foie)? Le bloc est réservé pour 23 h.\n\n"
                "Je reste disponible au poste de l'USI."
                % (ident, circ[0], fmt_date(d.date(), "long", "fr"), _hm(d - dt.timedelta(hours=2))))
        subj = ctx.pick(["Avis au coroner - décès USI", "Déclaration de décès - autorisation prélèvement",
                         "Coroner : avis de décès %s" % fmt_date(d.date(), "iso")])
    else:
        body = ("Hello,\n\nReporting a death to the coroner:\n\n%s\nCircumstances: %s.\n"
                "Death determined by neurological criteria on %s at %s.\n\n"
                "The family consented to organ donation. Could you confirm the coroner has no objection to "
                "recovery (kidneys, liver)? The OR is booked for 23:00.\n\nI remain available at the ICU desk."
                % (ident, circ[0], fmt_date(d.date(), "long", "en"), (d - dt.timedelta(hours=2)).strftime("%H:%M")))
        subj = ctx.pick(["Coroner notification - ICU death", "Death report - recovery authorisation"])
    body += signature(ctx, doc, "chu", "int", lang)
    m = Mail(frm, [BOXES["coroner"]], subj, body, date=d, lang=lang)
    it = Item(True, "coroner_notice", lang, m, L(lang, "avis de décès au coroner", "death notice to coroner"))
    return acc.apply(it)


# --------------------------------------------------------------------------------------------
def _recipients(ctx, lang, n, acc, dob=False):
    rows = []
    for _ in range(n):
        r = ctx.patient(lang, lo=1950, hi=2003)
        rows.append(r)
    return rows


def s_hla_crossmatch(ctx, lang):
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    tech, frm = who(ctx, lang, "chu")
    donor_id = "D25-%04d" % ctx.rng.randrange(100, 9999)
    recips = _recipients(ctx, lang, ctx.rng.randrange(3, 6), acc)
    hdr = L(lang, ["Receveur", "Dossier", "cPRA", "XM T (CDC)", "XM B (flux)", "DSA"],
            ["Recipient", "MRN", "cPRA", "T-cell XM (CDC)", "B-cell XM (flow)", "DSA"])
    rows = []
    for r in recips:
        pos = ctx.chance(0.25)
        rows.append([acc.name(r, ctx.pick(["upper_comma", "sur_first", "full"])), acc.mrn(r, "plain"),
                     "%d %%" % ctx.rng.choice([0, 12, 35, 61, 88, 98]),
                     L(lang, "nég", "neg"), L(lang, "POS" if pos else "nég", "POS" if pos else "neg"),
                     ("DR%d MFI %d" % (ctx.rng.choice([4, 7, 13, 15]), ctx.rng.randrange(1500, 9000))) if pos
                     else L(lang, "aucun", "none")])
    acc.t("lab_result")
    typing = hla_typing(ctx)
    use_x = ctx.chance(0.5)
    atts = []
    if lang == "fr":
        intro = ("Bonjour,\n\nRésultats des épreuves de compatibilité croisée pour le donneur %s (typage %s) :\n\n"
                 % (donor_id, typing))
        outro = "\n\nLe premier receveur compatible est prêt à être convoqué. Sérum du receveur 3 datant de >90 jours, à refaire."
        subj = ctx.pick(["Crossmatch donneur %s" % donor_id, "Résultats XM - %s" % donor_id])
    else:
        intro = "Hello,\n\nCrossmatch results for donor %s (typing %s):\n\n" % (donor_id, typing)
        outro = "\n\nFirst compatible recipient can be called in. Serum for recipient 3 is >90 days old, please redraw."
        subj = ctx.pick(["Crossmatch donor %s" % donor_id, "XM results - %s" % donor_id])
    html = None
    if use_x:
        xl = make_xlsx([("XM", hdr, rows)], title="Crossmatch", author=display_name(tech))
        atts.append(Att("XM_%s.xlsx" % donor_id, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        data=xl))
        body = intro + L(lang, "(voir fichier joint)", "(see attached file)") + outro
    else:
        tbl = "\n".join(" | ".join(str(c) for c in r) for r in [hdr] + rows)
        body = intro + tbl + outro
        from gen_mime import html_table, wrap_html
        import html as H
        html = wrap_html("<p>" + H.escape(intro.strip()).replace("\n", "<br>\n") + "</p>\n" + html_table(rows, hdr)
                         + "\n<p>" + H.escape(outro.strip()) + "</p>")
    body += signature(ctx, tech, "chu", "hla", lang)
    m = Mail(frm, [BOXES["greffe"]], subj, body, html=html, date=d, atts=atts, lang=lang,
             shape=None if html is None else ctx.pick(["alt", "html"]))
    if html is not None:
        m.html = html.replace("</body>", "<p>" + display_name(tech) + "</p></body>")
    it = Item(True, "hla_crossmatch", lang, m, L(lang, "résultats de crossmatch des receveurs", "recipient crossmatch results"))
    return acc.apply(it)


# --------------------------------------------------------------------------------------------
def s_waitlist_csv(ctx, lang):
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    sender, frm = who(ctx, lang, "chu")
    n = ctx.rng.randrange(5, 9)
    rows = []
    for i in range(n):
        r = ctx.patient(lang, lo=1948, hi=2004)
        dx = ctx.pick(RECIP_DX)
        rows.append([acc.name(r, "sur_first").split(" ")[0], r["given"], acc.dob(r, "iso"), acc.mrn(r, "plain"),
                     ctx.pick(["O", "A", "B", "AB"]), dx[0] if lang == "fr" else dx[1],
                     ctx.pick(L(lang, ["actif", "actif", "suspendu", "en bilan"], ["active", "active", "on hold", "work-up"])),
                     fmt_date(dt.date(2025, 1, 1) - dt.timedelta(days=ctx.rng.randrange(30, 1800)), "iso")])
    acc.t("lab_result", "diagnosis")
    hdr = L(lang, ["Nom", "Prénom", "DDN", "Dossier", "ABO", "Diagnostic", "Statut", "Inscription"],
            ["Surname", "Given name", "DOB", "MRN", "ABO", "Diagnosis", "Status", "Listed"])
    csv = make_csv(hdr, rows, sep=";" if lang == "fr" else ",")
    fname = L(lang, "liste_attente_%s.csv" % d.strftime("%Y%m%d"), "waitlist_extract_%s.csv" % d.strftime("%Y-%m-%d"))
    if lang == "fr":
        body = ctx.pick(["Bonjour,\n\nVoici l'extraction mensuelle de la liste d'attente pour la réunion de jeudi. "
                         "Merci de valider les statuts suspendus.\n",
                         "Extraction demandée ci-jointe. Deux patients à retirer (décès).\n"])
        subj = "Liste d'attente - extraction %s" % fmt_date(d.date(), "long", "fr")
    else:
        body = ctx.pick(["Hi,\n\nMonthly waitlist extract for Thursday's meeting. Please check the on-hold statuses.\n",
                         "Requested extract attached. Two patients to be removed (deceased).\n"])
        subj = "Waitlist extract - %s" % fmt_date(d.date(), "long", "en")
    body += signature(ctx, sender, "chu", "adm", lang)
    m = Mail(frm, [BOXES["greffe"]], subj, body, date=d, lang=lang,
             atts=[Att(fname, "text/csv", text=csv)])
    it = Item(True, "waitlist_csv", lang, m, L(lang, "extraction de liste d'attente (CSV)", "waitlist extract (CSV)"))
    return acc.apply(it)


# --------------------------------------------------------------------------------------------
def s_allocation_offer(ctx, lang):
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    coord, frm = who(ctx, lang, "don")
    surg = ctx.staff(lang)
    donor_id = "D25-%04d" % ctx.rng.randrange(100, 9999)
    organ = ctx.pick(L(lang, [("foie", 1), ("rein gauche", 0), ("poumons", 2)], [("liver", 1), ("left kidney", 0), ("lungs", 2)]))
    ddx = ctx.pick(DONOR_DX)
    recips = [ctx.patient(lang, lo=1950, hi=2003) for _ in range(2)]
    rdx = [RECIP_DX[organ[1]], RECIP_DX[[4, 7, 5][organ[1]]]]
    acc.t("diagnosis")
    lines = []
    for i, (r, dx) in enumerate(zip(recips, rdx)):
        lab = ctx.pick([
            L(lang, ["ABO O, cPRA 0 %", "ABO A, créat 612", "ABO B, cPRA 35 %"], ["ABO O, cPRA 0%", "ABO A, creat 612", "ABO B, cPRA 35%"]),
            L(lang, ["ABO O, bili 188, RNI 2,1", "ABO A, Na 129, créat 144"], ["ABO O, bili 188, INR 2.1", "ABO A, Na 129, creat 144"]),
            L(lang, ["ABO O, PaO2 58 sous 4 L", "ABO A, VEMS 0,6 L"], ["ABO O, PaO2 58 on 4 L", "ABO A, FEV1 0.6 L"]),
        ][organ[1]])
        lines.append("%d. %s (%s %s) - %s - %s" % (i + 1, acc.name(r, ctx.pick(["upper_comma", "full", "initial"])),
                                                   L(lang, "dossier", "MRN"), acc.mrn(r), dx[0] if lang == "fr" else dx[1], lab))
    acc.t("lab_result")
    if lang == "fr":
        body = ("Dr %s,\n\nOffre de %s - donneur %s (%s, %d ans, %s, groupe %s).\n\nReceveurs selon le rang :\n%s\n\n"
                "Merci de répondre d'ici 45 minutes (acceptation / refus et motif). Prélèvement prévu vers 03 h.\n"
                % (surg["surname"], organ[0], donor_id, ctx.pick("HF"), ctx.rng.randrange(19, 66), ddx[0],
                   ctx.pick(["O", "A", "B"]), "\n".join(lines)))
        subj = "OFFRE %s - donneur %s" % (organ[0].upper(), donor_id)
    else:
        body = ("Dr. %s,\n\nOffer: %s - donor %s (%s, %d y, %s, blood group %s).\n\nRecipients by rank:\n%s\n\n"
                "Please reply within 45 minutes (accept / decline with reason). Recovery expected around 03:00.\n"
                % (surg["surname"], organ[0], donor_id, ctx.pick("MF"), ctx.rng.randrange(19, 66), ddx[1],
                   ctx.pick(["O", "A", "B"]), "\n".join(lines)))
        subj = "OFFER %s - donor %s" % (organ[0].upper(), donor_id)
    body += signature(ctx, coord, "don", ctx.pick(["coord", "coordm"]), lang)
    to = [(display_name(surg), "%s.%s@chu-deuxrives.example" % (strip_accents(surg["given"]).lower().split("-")[0],
                                                               strip_accents(surg["surname"]).lower()))]
    m = Mail(frm, to, subj, body, date=d, lang=lang)
    it = Item(True, "allocation_offer", lang, m, L(lang, "offre d'organe avec receveurs nommés", "organ offer naming recipients"))
    return acc.apply(it)


# --------------------------------------------------------------------------------------------
def s_donor_serology(ctx, lang):
    p = ctx.patient(lang, nam=True, lo=1950, hi=2007)
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    tech, frm = who(ctx, lang, "chu")
    ident = acc.ident_line(p)
    ser = serologies(ctx, lang)
    acc.t("lab_result")
    if lang == "fr":
        body = ("Bonjour,\n\nSérologies complétées pour le donneur :\n%s\n\n%s\n\n"
                "Prélèvement reçu à %s, résultats validés par la microbiologiste de garde.\n"
                % (ident, ser, _hm(d - dt.timedelta(hours=4))))
        subj = ctx.pick(["Sérologies donneur - résultats", "Résultats sérologiques (urgent)"])
    else:
        body = ("Hello,\n\nDonor serologies completed:\n%s\n\n%s\n\nSpecimen received at %s, results validated by "
                "the on-call microbiologist.\n" % (ident, ser, (d - dt.timedelta(hours=4)).strftime("%H:%M")))
        subj = ctx.pick(["Donor serologies - results", "Serology results (urgent)"])
    body += signature(ctx, tech, "chu", "hla", lang)
    shape = ctx.pick(["plain", "html", "alt"])
    m = Mail(frm, [BOXES["don_ref" if lang == "fr" else "don_ref_en"]], subj, body, date=d, lang=lang, shape=shape)
    it = Item(True, "donor_serology", lang, m, L(lang, "sérologies d'un donneur", "donor serology results"))
    return acc.apply(it)


# --------------------------------------------------------------------------------------------
def s_or_booking(ctx, lang):
    use_nam = ctx.chance(0.5)
    p = ctx.patient(lang, nam=use_nam, lo=1955, hi=2007)
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    coord, frm = who(ctx, lang, "don")
    dx = ctx.pick(DONOR_DX)
    t = d + dt.timedelta(hours=ctx.rng.randrange(3, 9))
    teams = L(lang, ["Équipe foie (locale) 01 h 30", "Équipe rein (locale) 01 h 30", "Équipe cœur (Montréal) arrivée avion 02 h 10"],
              ["Liver team (local) 01:30", "Kidney team (local) 01:30", "Heart team (Montréal) by plane, ETA 02:10"])
    acc.t("diagnosis")
    if use_nam:
        ident = acc.ident_line(p)
    else:
        ident = "%s - %s %s" % (acc.name(p), L(lang, "dossier", "MRN"), acc.mrn(p))
    timeline = [[L(lang, "Heure", "Time"), L(lang, "Étape", "Step")],
                ["22:30", L(lang, "Dernière gazométrie / labos", "Last ABG / labs")],
                ["00:15", L(lang, "Transfert USI -> salle 8", "ICU -> OR 8 transfer")],
                ["01:30", L(lang, "Incision", "Incision")], ["03:45", L(lang, "Clampage aortique", "Cross-clamp")]]
    csv = make_csv(timeline[0], timeline[1:], sep=",")
    if lang == "fr":
        body = ("Bonjour,\n\nDemande de réservation de salle pour prélèvement multiorganes :\n\n%s\n%s, DDN confirmé.\n"
                "Salle demandée : 8 (ou 11), le %s à partir de 00 h 15.\n\n%s\n\n"
                "Anesthésie avisée. Merci de confirmer au poste 4471.\n"
                % (ident, dx[0], fmt_date(t.date(), "long", "fr"), "\n".join(teams)))
        subj = ctx.pick(["Réservation bloc - prélèvement multiorganes", "Bloc cette nuit - prélèvement"])
        zname = "dossier_prelevement_%s.zip" % d.strftime("%Y%m%d")
    else:
        body = ("Hello,\n\nOR booking request for multi-organ recovery:\n\n%s\n%s, NDD confirmed.\n"
                "Requested room: 8 (or 11), %s from 00:15.\n\n%s\n\nAnaesthesia aware. Please confirm at ext. 4471.\n"
                % (ident, dx[1], fmt_date(t.date(), "long", "en"), "\n".join(teams)))
        subj = ctx.pick(["OR booking - multi-organ recovery", "OR tonight - recovery"])
        zname = "recovery_file_%s.zip" % d.strftime("%Y%m%d")
    body += signature(ctx, coord, "don", ctx.pick(["coord", "coordm"]), lang)
    kv = [(L(lang, "Patient", "Patient"), name_only(p)), (L(lang, "Dossier", "MRN"), p["mrn"]),
          (L(lang, "Diagnostic", "Diagnosis"), dx[0] if lang == "fr" else dx[1])]
    acc.t("mrn")
    pdf = make_pdf([("h", L(lang, "Autorisation de prélèvement - résumé", "Recovery authorisation - summary")), ("kv", kv),
                    ("p", L(lang, "Consentement signé par le répondant. Coroner : aucune objection.",
                            "Consent signed by the decision-maker. Coroner: no objection."))],
                   title="Autorisation", author=display_name(coord))
    z = make_zip([("horaire.csv", csv.encode("utf-8")), ("autorisation.pdf", pdf)])
    m = Mail(frm, [BOXES["bloc"]], subj, body, date=d, lang=lang, atts=[Att(zname, "application/zip", data=z)])
    it = Item(True, "or_booking", lang, m, L(lang, "réservation de bloc pour prélèvement", "OR booking for recovery"))
    return acc.apply(it)


def name_only(p):
    return "%s, %s" % (p["surname"].upper(), p["given"])


# --------------------------------------------------------------------------------------------
def s_bereavement(ctx, lang):
    p = ctx.patient(lang, lo=1955, hi=2006)
    acc = Acc(ctx, lang)
    d = msg_date(ctx)
    coord, frm = who(ctx, lang, "don")
    dx = ctx.pick(DONOR_DX)
    ddate = d.date() - dt.timedelta(days=ctx.rng.randrange(20, 120))
    nm = acc.name(p, ctx.pick(["title_full", "full", "given_sur" if False else "full", "upper_comma"]))
    acc.t("social_information", "diagnosis")
    if lang == "fr":
        body = ("Bonjour %s,\n\nSuivi de deuil pour la famille de %s, donneur du %s (%s).\n\n"
                "J'ai parlé à la conjointe hier : elle est en arrêt de travail, a de la difficulté à payer le loyer "
                "depuis le décès et n'a pas encore reçu la prestation de décès. Les deux enfants (8 et 11 ans) "
                "voient la psychologue de l'école.\n\nPourrais-tu la référer au programme de soutien aux familles "
                "et lui envoyer la lettre de remerciement anonymisée des receveurs?\n\nMerci\n"
                % (ctx.staff("fr")["given"], nm, fmt_date(ddate, "long", "fr"), dx[0]))
        subj = ctx.pick(["Suivi de deuil - famille donneur", "Soutien aux familles - référence"])
    else:
        body = ("Hi %s,\n\nBereavement follow-up for the family of %s, donor on %s (%s).\n\n"
                "I spoke with the spouse yesterday: she is off work, struggling with rent since the death and has "
                "not yet received the death benefit. The two children (8 and 11) see the school psychologist.\n\n"
                "Could you refer her to the family support programme and send the anonymised recipient thank-you "
                "letter?\n\nThanks\n" % (ctx.staff("en")["given"], nm, fmt_date(ddate, "long", "en"), dx[1]))
        subj = ctx.pick(["Bereavement follow-up - donor family", "Family support - referral"])
    body += signature(ctx, coord, "don", ctx.pick(["coord", "coordm"]), lang)
    m = Mail(frm, [("", "soutien.familles@reseau-boreal-don.example")], subj, body, date=d, lang=lang)
    it = Item(True, "bereavement_followup", lang, m, L(lang, "suivi de deuil d'une famille de donneur",
                                                          "donor family bereavement follow-up"))
    return acc.apply(it)


SCENARIOS = {
    "donor_referral": s_donor_referral, "donor_sheet_pdf": s_donor_pdf, "ndd_documentation": s_ndd_exam,
    "family_meeting": s_family_meeting, "coroner_notice": s_coroner, "hla_crossmatch": s_hla_crossmatch,
    "waitlist_csv": s_waitlist_csv, "allocation_offer": s_allocation_offer, "donor_serology": s_donor_serology,
    "or_booking": s_or_booking, "bereavement_followup": s_bereavement,
}
