"""French positives, part 1: referrals, booking, bowel prep, pathology, endoscopy lists, IBD, hepatology."""
import datetime
import html as H

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_mime import Att

S, X = C.STAFF, C.EXTERNAL


def _tbl_html(hdr, rows, intro="", outro=""):
    th = "".join(f'<th style="border:1px solid #888;padding:3px">{H.escape(str(h))}</th>' for h in hdr)
    trs = "\n".join("<tr>" + "".join(f'<td style="border:1px solid #888;padding:3px">{H.escape(str(x))}</td>' for x in r) + "</tr>"
                    for r in rows)
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:10pt">\n'
            f"<p>{H.escape(intro).replace(chr(10), '<br>')}</p>\n<table style=\"border-collapse:collapse\">\n<tr>{th}</tr>\n{trs}\n</table>\n"
            f"<p>{H.escape(outro).replace(chr(10), '<br>')}</p>\n</body></html>\n")


def _tbl_text(hdr, rows):
    return "\n".join(" | ".join(str(x) for x in r) for r in [hdr] + rows)


def indic_fr(c, rng):
    i = rng.randrange(len(K.INDIC_FR))
    txt = K.INDIC_FR[i]
    if i == 0:
        v = K.fit_value(rng)
        txt = f"RSOSi positif ({v} ng/mL)"
        c.T("lab_result")
    elif i == 7:
        c.T("diagnosis", "lab_result")
    else:
        c.T("diagnosis")
    return txt


# 1 ------------------------------------------------------------------------------------------
def referral_fit(c):
    r = c.rng
    c.category, c.note = "referral", "GMF referral for colonoscopy after positive FIT"
    p = c.holder(50, 75)
    doc = r.choice([X["kowalski"], X["turcotte"]])
    fit = K.fit_value(r)
    c.T("lab_result")
    fitd = c.day - datetime.timedelta(days=r.randint(9, 40))
    ac = r.choice(K.ANTICOAG + [None, None])
    use_pdf = r.random() < 0.45
    idl = c.id_lines(p, with_mrn=False, pdf=use_pdf)
    tel = c.contact(p) if r.random() < 0.6 else None
    lines = [f"Résultat RSOSi du {C.r_date(fitd, 'long_fr')} : {fit} ng/mL (seuil 175) — POSITIF.",
             "Aucune coloscopie antérieure."]
    if ac:
        lines.append(f"Prend {ac[1]} ({ac[0]}) {ac[2]} — à gérer avant l'examen SVP.")
        c.T("medication")
    else:
        lines.append("Pas d'anticoagulant ni d'antiplaquettaire.")
    if r.random() < 0.5:
        lines.append("ATCD : HTA, dyslipidémie. Mère décédée d'un cancer du côlon à 68 ans.")
        c.T("diagnosis")
    if tel:
        lines.append(f"La patiente préfère être jointe au {tel} (cellulaire)." if p.sex == "F" else
                     f"Le patient préfère être joint au {tel} (cellulaire).")
    subj = r.choice(["Demande de coloscopie – RSOSi positif", "Référence PRDCC - RSOSi +",
                     f"Requête coloscopie {p.surname.upper()}"])
    if "Requête" in subj:
        c.T("patient_name")
    if use_pdf:
        # requisition as PDF; body stays short
        blocks = [("kv", [(ln.split(":")[0] + " :", ln.split(":", 1)[1].strip()) for ln in idl.split("\n")]),
                  ("h", "Motif de la demande"), ("p", " ".join(lines)),
                  ("kv", [("Priorité :", "P3 (60 jours)"), ("Médecin référent :", doc.t("fr"))])]
        pdf = A.make_pdf("Demande de consultation – endoscopie digestive", blocks, "fr", compress=r.random() < 0.5)
        fn = r.choice([f"requete_coloscopie_{p.surname}.pdf", "Requête PRDCC.pdf", f"RSOSi+_{p.surname}_{p.given}.pdf"])
        body = (f"Bonjour,\n\nVeuillez trouver ci-joint une demande de coloscopie dans le cadre du PRDCC.\n\n"
                f"Merci et bonne journée,\n\n{doc.sig('fr')}\n")
        return c.mail(doc, [S["picard"]], subj, body, atts=[Att(fn, "application/pdf", pdf)], cc=[S["dufresne"]])
    body = (f"Bonjour,\n\nJe vous réfère ce patient pour coloscopie dans le cadre du programme de dépistage.\n\n"
            f"{idl}\n\n" + "\n".join(lines) + f"\n\nMerci de votre collaboration.\n\n{doc.sig('fr')}\n")
    return c.mail(doc, [S["picard"]], subj, body)


# 2 ------------------------------------------------------------------------------------------
def booking_confirm(c):
    r = c.rng
    c.category, c.note = "booking", "colonoscopy booking confirmation with bowel-prep instructions"
    p = c.patient(50, 76)
    d = C.next_weekday(c.day, r.randint(10, 40))
    hr, mn = r.choice([(7, 30), (8, 15), (9, 0), (10, 45), (13, 0), (14, 30)])
    prep = r.choice(K.PREP)
    c.T("medication")
    salut = f"Bonjour {p.name('title', 'fr')}," if r.random() < 0.6 else f"Bonjour {p.name('title_sur', 'fr')},"
    c.T("patient_name")
    tel = c.contact(p)
    lines = [salut, "",
             f"Suite à votre test de dépistage (RSOSi) positif, votre coloscopie est confirmée pour le {C.appt_fr(d, hr, mn)}, "
             "à l'unité d'endoscopie (2e étage, pavillon B).",
             "", f"Préparation intestinale : {prep[1]} ({prep[0]}), selon la feuille jointe. Diète sans résidus 3 jours avant."]
    c.T("lab_result")
    if r.random() < 0.6:
        ac = r.choice(K.ANTICOAG[:3] + K.DIAB[:2])
        lines.append(f"Comme convenu au téléphone ({tel}), cessez votre {ac[1]} {r.choice(['2 jours', '48 h', 'la veille'])} avant l'examen.")
    else:
        lines.append(f"Nous avons laissé un message au {tel} pour confirmer.")
    lines += ["", "Vous devez être accompagné(e) au retour (sédation). Prévoyez environ 3 heures sur place.", "",
              "Au plaisir,", "", S["archambault"].sig("fr")]
    atts = []
    if r.random() < 0.5:
        st = datetime.datetime(d.year, d.month, d.day, hr, mn)
        ics = A.make_ics(f"rv-{c.idx}-{p.mrn}@hsab.example", f"Coloscopie – {p.name('full', 'fr')}", st,
                         st + datetime.timedelta(hours=3), "HSAB – Endoscopie, pavillon B, 2e étage",
                         f"Préparation {prep[1]}. Apporter carte d'assurance maladie et liste de médicaments.",
                         (S["archambault"].full, S["archambault"].email))
        atts.append(Att("rendez-vous.ics", "text/calendar", ics))
    pe = f"{p.given[0].lower()}{C.fold(p.surname).replace(' ', '').replace(chr(39), '')}{p.dob.year % 100:02d}@courriel.example"
    subj = r.choice(["Confirmation de votre rendez-vous – endoscopie", "Votre coloscopie au HSAB", "Rendez-vous coloscopie"])
    return c.mail(S["archambault"], [(p.name("full", "fr"), pe)], subj, "\n".join(lines) + "\n", atts=atts)


# 3 ------------------------------------------------------------------------------------------
def prep_call_note(c):
    r = c.rng
    c.category, c.note = "nursing_note", "nurse phone-call note on bowel preparation and medication adjustment"
    p = c.patient(45, 85)
    diab = r.choice(K.DIAB)
    c.T("diagnosis", "medication", "lab_result")
    boston = r.choice([3, 4, 5])
    in_subject = r.random() < 0.4
    who = p.name(r.choice(["initial", "upper_comma", "sur_first"]), "fr")
    c.T("patient_name")
    tel = c.contact(p) if r.random() < 0.7 else None
    body = [f"{S['desrochers'].title_fr} {S['desrochers'].surname}," if r.random() < 0.5 else "Bonjour,", ""]
    if in_subject:
        body.append("Appel fait ce matin" + (f" au {tel}" if tel else "") + ".")
    else:
        body.append(f"Appel fait ce matin à {who}" + (f" ({tel})" if tel else "") + f", dossier {c.mrn(p)}.")
    body += [f"- Diabète type 2 sous {diab[1]} {diab[2]}; glycémies 8-12 à domicile.",
             f"- Dernière coloscopie (2021) : préparation inadéquate, Boston {boston}/9, examen à reprendre.",
             "- Je propose prépa prolongée : diète liquide 48 h + Bi-PegLyte fractionné.",
             f"- {diab[1]} : demi-dose la veille, cesser le matin de l'examen.",
             "", "Ça te va? Je rappelle le patient demain." if r.random() < 0.5 else "Merci de confirmer, je rappelle demain.",
             "", "Chantal" if r.random() < 0.5 else S["dufresne"].sig("fr")]
    subj = f"Prépa – {who}" if in_subject else r.choice(["Appel préparation colique", "Ajustement prépa diabétique", "TR: prépa inadéquate"])
    return c.mail(S["dufresne"], [S["desrochers"]], subj, "\n".join(body) + "\n", cc=[S["frechette"]] if r.random() < 0.4 else None)


# 4 ------------------------------------------------------------------------------------------
def patho_result(c):
    r = c.rng
    c.category, c.note = "pathology", "pathology result of colonoscopy biopsies for follow-up"
    i = (c.occ * 3 + r.randrange(2)) % len(K.PATHO_FR)
    dx, follow = K.PATHO_FR[i], K.PATHO_FOLLOW_FR[i]
    c.T("diagnosis", "lab_result")
    spec = f"S24-{r.randint(10000, 19999)}"
    variant = ["body", "pdf_full", "fname_only", "pdf_full", "body"][c.occ % 5]
    sender = r.choice([S["benslimane"], S["charbonneau"]])
    to = [r.choice([S["desrochers"], S["haddad"], S["hebert"]])]
    if variant == "pdf_full":
        p = c.holder(50, 80)
        idl = c.id_lines(p, with_mrn=True, pdf=True)
        blocks = [("kv", [(ln.split(":")[0] + " :", ln.split(":", 1)[1].strip()) for ln in idl.split("\n")] +
                   [("Spécimen :", spec), ("Prélevé le :", C.r_date(c.day - datetime.timedelta(days=9), "iso"))]),
                  ("h", "Diagnostic"), ("p", dx),
                  ("h", "Description macroscopique"), ("p", "Reçu dans le formol, multiples fragments beige rosé de 0,2 à 0,6 cm. Tout inclus."),
                  ("p", f"Pathologiste : {S['benslimane'].t('fr')}")]
        pdf = A.make_pdf("Rapport d'anatomopathologie", blocks, "fr", compress=r.random() < 0.5)
        body = ("Bonjour,\n\nRapport final ci-joint. Recommandation du programme : " + follow +
                f".\n\n{sender.sig('fr')}\n")
        return c.mail(sender, to, f"Rapport patho {spec}", body,
                      atts=[Att(f"patho_{spec}.pdf", "application/pdf", pdf)], cc=[S["dufresne"]])
    p = c.patient(45, 82)
    if variant == "fname_only":
        nm = p.name(r.choice(["sur_first", "upper"]), "fr").replace(" ", "_")
        c.T("patient_name")
        pdf = A.make_pdf("Rapport d'anatomopathologie", [("kv", [("Spécimen :", spec), ("Site :", "Côlon")]),
                                                         ("h", "Diagnostic"), ("p", dx)], "fr")
        body = f"Bonjour,\n\nVoici le rapport demandé. À réviser pour la suite.\n\n{sender.full}\n"
        return c.mail(sender, to, "Rapport demandé", body,
                      atts=[Att(f"Patho_{spec}_{nm}.pdf", "application/pdf", pdf)])
    who = c.nm(p) + " " if r.random() < 0.7 else ""
    body = (f"Bonjour,\n\nPour votre patient(e) {who}(dossier {c.mrn(p)}), spécimen {spec} :\n\n"
            f"  DIAGNOSTIC : {dx}\n\nSuivi proposé : {follow}.\n"
            "Merci de confirmer pour qu'on puisse fermer l'épisode dans le registre du PRDCC.\n\n" + sender.sig("fr") + "\n")
    return c.mail(sender, to, r.choice([f"Résultat patho – {spec}", "Pathologie à réviser"] + ([f"Patho {p.surname}"] if who else [])), body)


# 5 ------------------------------------------------------------------------------------------
def endo_list(c):
    r = c.rng
    c.category, c.note = "endoscopy_list", "daily endoscopy room list with indications and anticoagulants"
    d = C.next_weekday(c.day, 1)
    n = r.randint(5, 8)
    hdr = ["Heure", "Patient", "No dossier", "DDN", "Intervention", "Indication", "Anticoag.", "Remarque"]
    rows = []
    t = 7 * 60 + 30
    c.T("patient_name", "mrn", "date_of_birth")
    for k in range(n):
        p = c.patient(40, 88)
        ac = r.choice(K.ANTICOAG + [None, None, None])
        if ac:
            c.T("medication")
        rows.append([f"{t // 60:02d}:{t % 60:02d}", p.name(r.choice(["upper_comma", "sur_comma", "upper"]), "fr"),
                     C.r_mrn(p.mrn, "plain"), C.r_date(p.dob, "iso"), r.choice(K.PROC_FR), indic_fr(c, r),
                     f"{ac[1]} cessé J-2" if ac else "—", r.choice(["", "", "sédation profonde (anesth.)", "interprète arabe",
                                                                     "fauteuil roulant", "latex allergie", "ASA III"])])
        c.ids.append(("mrn", p.mrn))
        t += r.choice([30, 45, 45, 60])
    room = r.randint(1, 4)
    intro = f"Bonjour à tous,\n\nVoici la liste de la salle {room} pour {C.appt_fr(d, 7, 30).split(' à ')[0]}."
    outro = f"Merci,\n{S['frechette'].full}\nASI endoscopie"
    mode = r.choice(["html", "xlsx", "csv"])
    to = [S["haddad"], S["oneill"], S["mercier"]]
    subj = f"Liste salle {room} – {C.r_date(d, 'dmy')}"
    if mode == "html":
        return c.mail(S["frechette"], to, subj, intro + "\n\n" + _tbl_text(hdr, rows) + "\n\n" + outro + "\n",
                      html=_tbl_html(hdr, rows, intro, outro), mode=r.choice(["html", "alt"]))
    if mode == "xlsx":
        x = A.make_xlsx([(f"Salle {room}", [hdr] + rows)], author=S["frechette"].full)
        return c.mail(S["frechette"], to, subj, intro + "\nListe en pièce jointe.\n\n" + outro + "\n",
                      atts=[Att(f"liste_salle{room}_{d:%Y%m%d}.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x)])
    csv = A.make_csv([hdr] + rows, sep=";")
    return c.mail(S["frechette"], to, subj, intro + "\nExport de l'agenda ci-joint.\n\n" + outro + "\n",
                  atts=[Att(f"agenda_endo_{d:%Y%m%d}.csv", "text/csv", csv, charset=r.choice(["utf-8", "windows-1252"]))])


# 6 ------------------------------------------------------------------------------------------
def mii_infusion(c):
    r = c.rng
    c.category, c.note = "ibd_clinic", "IBD clinic infusion planning with drug levels"
    use_nam = r.random() < 0.5
    p = c.holder(16, 70) if use_nam else c.patient(18, 70)
    bio = r.choice(K.BIO[:1] + K.BIO[5:] + K.BIO[2:3])
    dx = r.choice(["maladie de Crohn iléocolique", "colite ulcéreuse pancolique", "Crohn périanal fistulisant"])
    c.T("diagnosis", "medication", "lab_result")
    tr, cp = K.ifx_trough(r), K.calpro(r)
    ident = c.id_lines(p) if use_nam else f"{c.nm(p)} – dossier {c.mrn(p)}"
    lines = ["Bonjour Annie," if r.random() < 0.5 else "Bonjour à l'équipe du centre de perfusion,", "",
             "Pour la prochaine perfusion :", ident, "",
             f"Dx : {dx}", f"Traitement actuel : {bio[1]} ({bio[0]}) {bio[2]}",
             f"Taux résiduel : {tr} µg/mL; anticorps anti-médicament : {r.choice(['négatifs', 'faiblement positifs (12 U/mL)'])}",
             f"Calprotectine fécale : {cp} µg/g; CRP {r.choice([3, 8, 14, 27, 41])} mg/L",
             "", f"Plan (Dr {S['okafor'].surname}) : {r.choice(['intensifier à 10 mg/kg q6 sem', 'ajouter azathioprine 2,5 mg/kg', 'maintenir, recontrôler dans 8 sem', 'prémédication Solu-Cortef 100 mg'])}.",
             "", "Merci!", "Marie-Ève", "", S["lacasse"].sig("fr")]
    subj = r.choice(["Perfusion MII – ajustement de dose", "Prochaine perfusion – dosage résiduel", f"{bio[1]} – {p.surname}"])
    if p.surname in subj:
        c.T("patient_name")
    return c.mail(S["lacasse"], [S["doucet"]], subj, "\n".join(lines) + "\n", cc=[S["okafor"]])


# 7 ------------------------------------------------------------------------------------------
def hepato_fibro(c):
    r = c.rng
    c.category, c.note = "hepatology", "hepatology clinic FibroScan and viral load results"
    rows = []
    hdr = ["Patient", "Dossier", "kPa", "CAP", "ALT", "Charge virale / commentaire"]
    c.T("patient_name", "mrn", "lab_result", "diagnosis")
    for _ in range(r.randint(2, 5)):
        p = c.patient(28, 78)
        kpa, cap = K.fibroscan(r)
        rows.append([p.name(r.choice(["upper_comma", "lower", "initial", "sur_first"]), "fr"), C.r_mrn(p.mrn, "space"),
                     kpa, cap, r.choice([28, 41, 67, 93, 122]),
                     r.choice(["ARN VHC indétectable (RVS12)", "ARN VHC 1,2 x 10^6 UI/mL – débuter Epclusa",
                               "ADN VHB 2 400 UI/mL", "MASH, perte pondérale 4 kg", "cirrhose – écho q6 mois",
                               "consommation d'alcool active, 6 cons./j"])])
        c.ids.append(("mrn", p.mrn))
    if any("Epclusa" in x[-1] for x in rows):
        c.T("medication")
    extra = ""
    if r.random() < 0.4:
        extra = ("\nNote : le 2e patient vit maintenant en chambre (maison de chambres), n'a plus de téléphone; "
                 "je passe par la TS pour le joindre.\n")
        c.T("social_information")
    intro = "Bonjour Dre Chen,\n\nRésultats FibroScan de ce matin :\n"
    body = intro + "\n" + _tbl_text(hdr, rows) + "\n" + extra + f"\nKevin\n{S['mensah'].role_fr}\n"
    mode = r.choice(["plain", "alt", "html"])
    return c.mail(S["mensah"], [S["chen"]], r.choice(["FibroScan du jour", "Résultats Fibro + charges virales", "Clinique hépato – résultats"]),
                  body, html=_tbl_html(hdr, rows, intro, extra + "\nKevin") if mode != "plain" else None, mode=mode)
