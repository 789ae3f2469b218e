"""Positive (confidential) templates, French-Canadian."""
import datetime

import gen_pools as P
import gen_tplkit as K
from gen_common import Doc, Table, cap


def _desk(c):
    return c.pick([("Centrale des interprètes", f"interpretes@{P.DOM}"),
                   ("SINPA - Demandes", f"sinpa.demandes@{P.DOM}"),
                   ("Navigation autochtone", f"navigation.autochtone@{P.DOM}")])


def interpreter_request(c):
    clerk = c.staff("clerk")
    p = c.patient(c.pick(["nam", "plain", "plain"]))
    case = c.case(p=p)
    md = K.md_for(c, case)
    lang = K.plang(c, p)
    when = c.later(2, 15)
    pairs = [("Usager", c.nm(p)), ("No de dossier", c.mrn(p))]
    if p.nam:
        pairs += [("NAM", c.nam(p)), ("Date de naissance", c.dob(p)), ("Sexe", p.sex)]
    pairs += [("Langue", f"{lang} ({p.community[0]})"),
              ("Rendez-vous", f"{c.when(when)} – clinique de {c.spec(case)}, {K.md_name(c, md)}"),
              ("Motif", c.reason(case))]
    if c.chance(0.7):
        pairs.append(("Contexte clinique", c.dx(case)))
    pairs.append(("Durée prévue", c.pick(["30 min", "45 min", "60 min", "90 min (rencontre de famille)"])))
    extra = c.pick(["", "Interprète en présentiel svp, la patiente n'est pas à l'aise avec la vidéo.",
                    "Si personne n'est disponible, on peut faire par téléphone (ligne 2).",
                    "La famille sera présente, prévoir la salle 3B.", ""])
    subj = c.pick([f"Demande d'interprète {lang} – {c.short_date(when)}",
                   f"Besoin interprète {lang} {when.strftime('%d/%m')} {when.hour}h{when.minute:02d}",
                   f"Demande interprétariat – clinique {c.spec(case)}"])
    body = [c.hello(), c.pick(["Pourriez-vous réserver un interprète pour le rendez-vous suivant :",
                               "Demande d'interprète pour :", "Svp réserver un(e) interprète :"]),
            K.kv(c, pairs)]
    if extra:
        body.append(extra)
    body += [c.bye(), c.sig(clerk)]
    return Doc("interpreter_request", "fr", subj, c.addr(clerk), [_desk(c)], body,
               note="demande d'interprète pour rendez-vous clinique")


def referral(c):
    p = c.patient(c.pick(["nam", "nam", "plain"]))
    comm = p.community
    nurse = K.clinic_staff(c, comm)
    nav = c.staff("nav")
    case = c.case(p=p)
    clinic, _ = K.community_clinic(c, comm)
    intro = c.pick([
        f"Je vous réfère {c.nm(p, 'title')} pour accompagnement lors de son séjour à Pointe-Aurore.",
        f"Nouvelle référence pour la navigation : {c.nm(p)}, de {comm[0]}.",
        f"Voici une référence pour {c.nm(p)} qui descend la semaine prochaine.",
    ])
    pairs = [("Nom", c.nm(p, c.pick(["caps", "last_first", "full"])))]
    if p.nam:
        pairs += [("NAM", c.nam(p)), ("DDN", c.dob(p)), ("Sexe", p.sex)]
    elif c.chance(0.6):
        pairs.append(("DDN", c.dob(p)))
    pairs += [("Communauté", comm[0]), ("Langue parlée", K.plang(c, p)),
              ("Diagnostic / raison", c.dx(case)), ("Consultation prévue", f"{c.spec(case)} – {c.proc(case)}")]
    if c.chance(0.6):
        pairs.append(("Médication actuelle", ", ".join(c.meds(case))))
    if c.chance(0.5):
        pairs.append(("Cellulaire", c.phone(p)))
    esc = c.pick(["oui (fille)", "oui (conjoint)", "non", "demandée, en attente d'approbation"])
    pairs.append(("Escorte", esc))
    body = [c.hello(), intro, K.kv(c, pairs)]
    if c.chance(0.45):
        body.append("Note : " + c.social())
    body += [c.pick(["Merci de l'accueillir à son arrivée.", "Elle préfère être appelée le soir.", "Merci de votre aide habituelle."]),
             c.sig(nurse, full=False)]
    atts = []
    if c.chance(0.45):
        atts.append(K.vcf(K.fname("coordonnees", p.surname, ext="vcf"), given=p.given, surname=p.surname,
                          tel=[("CELL", c.phone(p))], adr=c.address(p),
                          note=f"Usager référé à la navigation – {c.dx(case, short=True)}"))
    subj = c.pick([f"Référence navigation – {comm[0]}", "Nouvelle référence", f"Référence SINPA {c.short_date(c.date)}",
                   f"Référence – {p.surname.upper()}"])
    if "Référence – " in subj:
        c.add("patient_name")
    return Doc("referral", "fr", subj, (nurse.name, nurse.email), [(nav.name, nav.email)], body, atts=atts,
               note="référence d'un dispensaire vers la navigation")


def transport_request(c):
    nav = c.staff("nav")
    p = c.patient(c.pick(["nam", "plain", "plain"]))
    case = c.case(p=p)
    out = c.later(2, 10)
    back = out + datetime.timedelta(days=c.rng.randint(2, 9))
    h = K.home(c)
    esc_given = c.pick(["Sarah", "Johnny", "Louisa", "Mark", "Eva"])
    rows = [("Passager", c.nm(p, c.pick(["caps", "full", "last_first"]))),
            ("Date de naissance", c.dob(p))]
    if p.nam:
        rows += [("NAM", c.nam(p)), ("Sexe", p.sex)]
    rows += [("Départ", f"{p.community[0]} → Pointe-Aurore, {c.when(out, False)}"),
             ("Retour prévu", c.when(back, False)),
             ("Escorte", f"{esc_given} {p.surname} (fille/fils)" if c.chance(0.5) else "aucune"),
             ("Hébergement", h[0]),
             ("Besoins", c.pick(["fauteuil roulant à l'aéroport", "civière", "O2 2 L/min pendant le vol", "aucun", "siège près des toilettes"]))]
    if c.chance(0.7):
        rows.append(("Motif médical", f"{c.spec(case)} – {c.dx(case, short=True)}"))
    else:
        rows.append(("Motif médical", f"rendez-vous en {c.spec(case)}"))
    if c.chance(0.5):
        rows.append(("Tél. du patient", c.phone(p)))
    body = [c.hello(), c.pick(["Demande de transport médical et d'hébergement :", "Svp réserver le vol et la chambre suivants :",
                               "Voici la demande de déplacement pour raison médicale."]), K.kv(c, rows)]
    atts = []
    if c.chance(0.35):
        start = out.replace(hour=c.pick([9, 10, 13, 14]), minute=0) + datetime.timedelta(days=1)
        atts.append(K.ics(c, "rendez-vous.ics", start, 60, f"RV {c.spec(case)} – {p.surname}, {p.given}",
                          f"Interprète {K.plang(c, p)} requis. Accompagnement navigation.",
                          P.HOSP_FR, (nav.name, nav.email), [(nav.name, nav.email)]))
    body += [c.bye(), c.sig(nav)]
    to = c.pick([(P.CARRIER[0] + " – réservations médicales", f"medical@{P.CARRIER[1]}"),
                 ("Transport médical", f"transport.medical@{P.DOM}")])
    return Doc("transport_request", "fr", c.pick(["Demande de transport médical", f"Vol + hébergement {c.short_date(out)}",
                                                   "Réservation déplacement médical"]),
               c.addr(nav), [to], body, cc=[(h[0], f"reception@{h[1]}")] if c.chance(0.5) else [], atts=atts,
               note="demande de transport médical et d'hébergement")


def census(c):
    h = K.home(c)
    sender = ("Réception " + h[0], f"reception@{h[1]}")
    n = c.rng.randint(5, 9)
    with_dob = c.chance(0.45)
    with_nam = with_dob and c.chance(0.6)
    header = ["Ch.", "Nom"] + (["DDN"] if with_dob else []) + (["Sexe", "NAM"] if with_nam else []) + \
        ["Communauté", "Suivi / problème", "Remarque"]
    rows = []
    for i in range(n):
        p = c.patient("nam" if with_nam and c.chance(0.6) else "plain")
        case = c.case(p=p)
        row = [str(c.rng.randint(101, 128)), c.nm(p, c.pick(["caps", "caps", "last_first"]))]
        if with_dob:
            row.append(c.dob(p, c.pick(["iso", "dmy"])))
        if with_nam:
            row += [p.sex, c.nam(p, c.pick(["plain", "space"])) if p.nam else ""]
        row += [p.community[0],
                c.opt(lambda: c.dx(case, True), lambda: c.dx(case, True) + ", " + c.spec(case) + " " + c.short_date(c.later(0, 5))),
                c.pick(["", "escorte présente", "repas diabétique", "ne pas déranger avant 9h", "retour vendredi", "interprète AM"])]
        rows.append(row)
    day = c.date.strftime("%d/%m")
    mode = c.pick(["xlsx", "csv", "inline", "inline"])
    body = [c.hello(), f"Voici la liste des résidents au {day}."]
    atts = []
    if mode == "inline":
        body.append(Table(header, rows))
    elif mode == "xlsx":
        body.append("Liste en pièce jointe.")
        atts.append(K.xlsx(f"Residents_{c.date.strftime('%Y-%m-%d')}.xlsx", [("Résidents", [header] + rows)], author=h[0]))
    else:
        body.append("Fichier ci-joint (à ouvrir dans Excel).")
        atts.append(K.csv(f"liste_residents_{c.date.strftime('%Y%m%d')}.csv", [header] + rows))
    body += [c.pick(["Deux départs prévus demain matin.", "Merci d'aviser si des rendez-vous changent.", "Bonne journée."]),
             h[0] + "\n" + h[2] + "\nTél. : 418-555-01" + str(c.rng.randint(10, 99))]
    nav = c.staff("nav")
    return Doc("census", "fr", c.pick([f"Liste des résidents – {h[0]} – {day}", f"Recensement {day}", "Liste du jour"]),
               sender, [(nav.name, nav.email), ("Centrale des interprètes", f"interpretes@{P.DOM}")], body, atts=atts,
               prefer="html" if mode == "inline" and c.chance(0.5) else None, note="liste quotidienne des résidents hébergés")


def discharge(c):
    nurse = c.staff("nurse")
    p = c.patient(c.pick(["nam", "nam", "plain"]))
    case = c.case(p=p)
    md = K.md_for(c, case)
    comm = p.community
    clin, dom = K.community_clinic(c, comm)
    adm = c.date - datetime.timedelta(days=c.rng.randint(3, 15))
    anon = not p.nam and c.chance(0.35)   # name only in the attachment's file name
    lines = [("h", "Identification")] + ([] if anon else [f"Nom : {c.nm(p, c.pick(['caps', 'full']))}"]) + \
        [f"Dossier : {c.mrn(p, fw_ok=False)}"]
    if p.nam:
        lines += [f"NAM : {c.nam(p, fw_ok=False)}", f"Date de naissance : {c.dob(p)}   Sexe : {p.sex}"]
    else:
        lines.append(f"Date de naissance : {c.dob(p)}")
    lines += [f"Admission : {adm.strftime('%Y-%m-%d')}   Congé : {c.date.strftime('%Y-%m-%d')}",
              ("h", "Diagnostic principal"), c.dx(case),
              ("h", "Résumé"), f"Hospitalisé{c.e(p)} pour {c.dx(case, True)}. {cap(c.proc(case))} : réalisé sans complication.",
              "Enseignement fait avec interprète " + K.plang(c, p) + ".",
              ("h", "Médication au congé")] + ["- " + m for m in c.meds(case)]
    if c.chance(0.6):
        lines += [("h", "Résultats pertinents")] + ["- " + x for x in c.labs(case)]
    lines += [("h", "Suivi"), f"Revoir en {c.spec(case)} dans 6 semaines; bilan sanguin dans 1 semaine au dispensaire.",
              f"Médecin traitant : {K.md_name(c, md)}"]
    fn = c.pick([K.fname("Sommaire_conge", p.surname.upper(), p.given, ext="pdf"),
                 K.fname("sommaire", p.mrn, ext="pdf"), "Sommaire de congé.pdf"])
    if anon:
        fn = c.pick([K.fname("Sommaire_conge", p.surname.upper(), p.given, ext="pdf"), K.fname("SC", p.given, p.surname, ext="pdf")])
    if p.surname.lower() in fn.lower():
        c.add("patient_name")
    intros = [lambda: f"Voici le sommaire de congé de votre {'patiente' if p.sex == 'F' else 'patient'}, retour prévu demain.",
              lambda: "Sommaire en pièce jointe. L'enseignement a été fait avec l'interprète."]
    if not anon:
        intros.append(lambda: f"Ci-joint le sommaire de congé pour le retour de {c.nm(p, 'title_last')} par le vol de {c.when(c.later(1, 3), False)}.")
    body = [c.hello(), c.opt(*intros),
            c.pick(["Le bilan de contrôle pourra être fait chez vous.", "N'hésitez pas si vous avez des questions.", ""]) or "Merci.",
            c.sig(nurse, conf=True)]
    att = K.pdf(fn, "Sommaire de congé – " + P.HOSP_FR, lines, author=nurse.name,
                meta_title="Sommaire de congé" if anon else c.pick(["Sommaire de congé", f"Sommaire {p.surname}"]), compress=c.chance(0.7))
    if att.data["meta_title"].endswith(p.surname):
        c.add("patient_name")
    return Doc("discharge", "fr", c.pick(["Sommaire de congé", f"Congé – retour à {comm[0]}", "Retour communauté + sommaire"]),
               c.addr(nurse), [(clin, f"infirmieres@{dom}")], body, atts=[att], note="sommaire de congé envoyé au dispensaire")


def interpreter_report(c):
    it = c.staff("interp")
    mgr = c.staff("mgr")
    p = c.patient()
    case = c.case(p=p)
    md = K.md_for(c, case)
    when = c.earlier(2, 30)
    who = c.nm(p, c.pick(["full", "title", "init", "caps"]))
    parts = [c.hello(mgr.given),
             c.pick([f"Petit compte rendu pour la séance de ce matin avec {who} ({p.community[0]}).",
                     f"Retour sur l'interprétation d'hier avec {who}.",
                     f"Compte rendu – {who}, {c.when(when)}."]),
             f"{K.md_name(c, md)} a expliqué le diagnostic ({c.dx(case)}) et la suite : {c.proc(case)}. "
             + c.pick([f"{cap(c.patient_word(p))} a bien compris mais veut en parler avec sa famille avant de signer.",
                       f"{c.il(p)} a posé beaucoup de questions sur la durée du séjour au Sud.",
                       "Certains termes n'existent pas en " + K.plang(c, p) + ", j'ai utilisé des explications imagées.",
                       f"{c.il(p)} a demandé s'il serait possible de rentrer à temps pour la chasse à l'oie."])]
    if c.chance(0.5):
        parts.append(c.pick(["Autre élément soulevé : ", "À noter : "]) + c.social() + ". J'ai avisé la travailleuse sociale.")
    if c.chance(0.4):
        parts.append("Médication expliquée : " + ", ".join(c.meds(case, 2)) + ".")
    parts += ["Durée : " + c.pick(["50 min", "1 h 10", "35 min", "1 h 30"]) + ". Prochaine séance à confirmer.", c.sig(it)]
    return Doc("interpreter_report", "fr", c.pick(["Compte rendu d'interprétation", "Retour séance interprétation", f"CR interprétation {c.short_date(when)}"]),
               c.addr(it), [c.addr(mgr)], parts, note="compte rendu d'une séance d'interprétation")


def lab_followup(c):
    md = c.staff(c.pick(["md", "nurse"]))
    nav = c.staff("nav")
    p = c.patient()
    case = c.case(["ckd", "dm", "tb", "hf", "hcv", "colo", "preg"], p=p)
    labs = c.labs(case)
    msg = c.opt(
        lambda: f"{c.hello(nav.given)}\nPeux-tu rejoindre {c.nm(p, c.pick(['full', 'lower', 'init']))} à {p.community[0]} ? Résultats reçus ce matin : {'; '.join(labs)}.",
        lambda: f"{nav.given} – urgent svp : {c.nm(p, 'caps')} ({p.community[0]}), {', '.join(labs)}.",
    )
    instr = c.opt(lambda: f"Il faut qu'{c.il(p).lower()} reprenne {c.meds(case, 1)[0]} dès ce soir.",
                  lambda: f"À cesser : {c.meds(case, 1)[0]} jusqu'à nouvel ordre, je rappellerai demain.",
                  lambda: f"{c.il(p)} doit redescendre pour un contrôle cette semaine, peux-tu organiser le vol ?")
    body = [msg, instr]
    if c.chance(0.6):
        body.append(f"Son numéro : {c.phone(p)} (cell perso, pas celui du dispensaire).")
    if c.chance(0.5):
        body.append(f"No de dossier : {c.mrn(p)}")
    body += ["Merci", c.sig(md, full=c.chance(0.3))]
    return Doc("lab_followup", "fr", c.pick(["Résultat à transmettre", "URGENT – résultat labo", "rappel patient svp", "Labo anormal"]),
               c.addr(md), [c.addr(nav)], body, importance=c.chance(0.4), note="résultat de laboratoire à transmettre au patient")


def prescription(c):
    p = c.patient(c.pick(["nam", "nam", "plain"]))
    case = c.case(p=p)
    md = K.md_for(c, case)
    h = K.home(c)
    ph = P.PHARMACY
    lines = [f"Patient(e) : {c.nm(p, c.pick(['caps', 'full', 'title']))}", f"DDN : {c.dob(p)}"]
    if p.nam:
        lines += [f"NAM : {c.nam(p)}", c.sex(p)]
    rx = c.meds(case)
    body = [c.hello(), c.pick(["Ordonnance pour exécution :", "Voici une nouvelle ordonnance :", "Rx à préparer svp :"]),
            "\n".join(lines), K.bullets(c, rx),
            c.pick([f"Livrer à {h[0]} ({h[2]}), chambre {c.rng.randint(101, 128)}.",
                    "La patiente viendra chercher avec l'interprète vers 15 h.",
                    "Pilulier hebdomadaire svp; étiquettes avec pictogrammes, elle ne lit pas le français."]),
            c.sig(md, full=True)]
    atts = []
    if c.chance(0.4):
        atts.append(K.pdf(K.fname("ordonnance", p.surname, ext="pdf") if c.chance(0.5) else "ordonnance.pdf",
                          "Ordonnance", [f"Nom : {c.nm(p, 'caps')}", f"Date de naissance : {c.dob(p, 'iso')}",
                                         f"Dossier : {c.mrn(p, fw_ok=False)}", ""] + ["Rx : " + m for m in rx] +
                          ["", "Renouvellements : 2", f"Prescripteur : {K.md_name(c, md)}, {K.spec_of(c, md)}"],
                          author=md.name, compress=c.chance(0.5)))
        if p.surname.lower() in atts[0].filename.lower():
            c.add("patient_name")
    return Doc("prescription", "fr", c.pick(["Ordonnance", "Rx – nouvelle ordonnance", f"Ordonnance {c.short_date(c.date)}"]),
               c.addr(md), [(ph[0], f"ordonnances@{ph[1]}")], body, atts=atts, note="ordonnance envoyée à la pharmacie")


def social_case(c):
    sw = c.staff("sw")
    nav = c.staff("nav")
    p = c.patient(sex="F", age=c.rng.randint(19, 38))
    case = c.case(["preg", "mh", "dm", "cervix"], p=p)
    older = c.earlier(20, 60)
    quoted = [c.hello(sw.given),
              f"{c.nm(p, c.pick(['full', 'title']))} est arrivée hier de {p.community[0]} pour {c.dx(case)}. "
              + c.pick(["Elle est très inquiète pour ses enfants restés là-bas.", "Elle m'a dit ne pas vouloir retourner chez elle.",
                        "Elle n'a pas d'argent pour les repas."]),
              "Peux-tu la rencontrer ?", nav.given]
    reply = [c.pick(["Je l'ai vue ce matin.", "Rencontre faite avec l'interprète.", "Merci pour la référence."]),
             cap(c.social(c.pick([1, 3, 0, 2, 4]))) + ".",
             *([f"Demande d'aide financière de dernier recours déposée hier (NAS {c.sin(_with_sin(c, p))})."] if c.chance(0.4) else []),
             c.pick(["J'ai fait le lien avec l'intervenante de la communauté.", "Un suivi est prévu jeudi avec l'interprète.",
                     "Je t'en reparle après la rencontre d'équipe."]),
             c.quote(nav, older, "Nouvelle arrivée", quoted), c.sig(sw)]
    return Doc("social", "fr", "RE: " + c.pick(["Nouvelle arrivée", "Suivi psychosocial", f"Mme {p.surname}"]),
               c.addr(sw), [c.addr(nav)], reply, note="suivi psychosocial entre travailleuse sociale et navigation")


def _with_sin(c, p):
    from gen_common import gen_sin
    p.sin = p.sin or gen_sin(c.rng)
    return p


def agency_form(c):
    kind = c.pick(["sin", "sin", "fr", "be"])
    nav = c.staff(c.pick(["nav", "sw"]))
    p = c.patient(kind, province="QC" if kind == "sin" else None)
    case = c.case(p=p)
    if kind == "sin":
        org = P.SOCIAL_OFFICE_FR
        title = "Rapport médical – contraintes à l'emploi"
        idline = ("NAS", c.sin(p))
        intro = "Voici le rapport médical demandé pour le dossier d'aide financière de dernier recours."
    elif kind == "fr":
        org = P.FR_CAISSE
        title = "Demande de remboursement de soins reçus à l'étranger"
        idline = ("N° de sécurité sociale", c.nir(p))
        intro = f"{cap(c.patient_word(p))} de nationalité française, hospitalisé{c.e(p)} chez nous pendant un contrat en communauté; voici les informations pour la prise en charge."
    else:
        org = P.BE_MUT
        title = "Attestation de soins – membre de la mutualité"
        idline = ("Numéro de registre national (NISS)", c.niss(p))
        intro = "Patiente belge, enseignante à " + p.community[0] + ", hospitalisée; la mutualité demande une attestation."
    pairs = [("Nom", c.nm(p, c.pick(["caps", "full"]))), ("Date de naissance", c.dob(p)), idline,
             ("Diagnostic", c.dx(case)), ("Période d'incapacité", f"du {c.short_date(c.earlier(24, 400))} au {c.short_date(c.later(20, 60))}")]
    if c.chance(0.5):
        pairs.append(("Adresse", c.address(p)))
    atts = []
    mode = c.pick(["body", "pdf", "docx"])
    body = [c.hello(), intro]
    if mode == "body":
        body.append(K.kv(c, pairs))
    else:
        fn = c.pick([K.fname("formulaire", p.surname, ext=mode), f"{title.split(' –')[0].replace(' ', '_')}.{mode}"])
        if p.surname.lower() in fn.lower():
            c.add("patient_name")
        if mode == "pdf":
            atts.append(K.pdf(fn, title, [f"{k} : {v.translate({0xFF10 + i: 48 + i for i in range(10)})}" for k, v in pairs], author=nav.name))
        else:
            atts.append(K.docx(fn, title, [("table", ["Champ", "Information"], pairs)], author=nav.name))
        body.append(c.pick(["Formulaire complété en pièce jointe.", "Vous trouverez le formulaire ci-joint."]))
    body += [c.bye(), c.sig(nav, full=True)]
    return Doc("agency_form", "fr", c.pick([title, "Formulaire complété", "Suite à votre demande – dossier"]),
               c.addr(nav), [(org[0], f"dossiers@{org[1]}")], body, atts=atts, note="formulaire transmis à un organisme payeur")


def calendar_invite(c):
    nav = c.staff("nav")
    it = c.staff("interp")
    p = c.patient()
    case = c.case(p=p)
    start = c.later(1, 12)
    summ = c.pick([f"Interprète {K.plang(c, p)} – {c.nm(p, 'caps')} – {c.proc(case)}",
                   f"{c.nm(p, 'full')} : {c.proc(case)} (interprète)"])
    desc = c.opt(lambda: f"Usager – {p.community[0]}. {cap(c.dx(case))}. Accueil au 2e, salle d'attente B.",
                 lambda: f"Dossier {c.mrn(p, fw_ok=False)}. Motif : {c.reason(case)}.")
    att = K.ics(c, c.pick(["invitation.ics", "rendez-vous.ics", "meeting.ics"]), start, c.pick([30, 60, 90]), summ, desc,
                f"{P.HOSP_FR}, clinique de {c.spec(case)}", (nav.name, nav.email), [(it.name, it.email)])
    body = [c.hello(it.given), c.pick(["Invitation pour l'interprétation (détails dans l'invitation).",
                                       "Je t'ajoute à ce rendez-vous, merci de confirmer.", "Voir l'invitation ci-jointe."]),
            nav.given]
    return Doc("calendar", "fr", c.pick([f"Invitation : interprétation {c.short_date(start)}", "Invitation – rendez-vous avec interprète",
                                         "RV interprète"]), c.addr(nav), [c.addr(it)], body, atts=[att], note="invitation d'agenda pour interprète")


def forwarded_thread(c):
    mgr = c.staff("mgr")
    it = c.staff("interp")
    p = c.patient(c.pick(["plain", "nam"]))
    case = c.case(p=p)
    comm = p.community
    nurse = K.clinic_staff(c, comm)
    when = c.later(1, 6)
    inner = [c.hello(),
             f"{c.nm(p)} descend {c.when(when, False)} pour {c.proc(case)} ({c.dx(case, True)}). "
             f"{c.il(p)} ne s'exprime qu'en {K.plang(c, p)}.",
             c.pick(["Pouvez-vous prévoir un interprète pour toute la journée ?", "La famille demande que ce soit une interprète femme.",
                     "Il y a eu un malentendu la dernière fois sur la préparation, svp bien expliquer."])]
    if p.nam:
        inner.append(f"NAM {c.nam(p)}, né{c.e(p)} le {c.dob(p)}, {c.sex(p).lower()}.")
    inner.append(nurse.name + "\n" + K.community_clinic(c, comm)[0])
    top = [c.pick([f"{it.given}, peux-tu prendre celle-ci ?", "Pour ton horaire de la semaine prochaine.", "FYI – à planifier svp."]),
           mgr.given]
    if c.chance(0.5):
        blk = c.fwd(nurse, "SINPA", c.earlier(3, 30), "Demande d'interprète", inner)
        subj = "TR: Demande d'interprète"
    else:
        blk = c.quote(nurse, c.earlier(3, 30), "Demande d'interprète", inner)
        subj = "RE: Demande d'interprète"
        top = [c.pick(["Bien reçu, on s'en occupe.", "C'est noté, interprète confirmée."]), mgr.given]
    return Doc("forward", "fr", subj, c.addr(mgr), [c.addr(it)] + ([(nurse.name, nurse.email)] if "RE" in subj else []),
               top + [blk], note="fil transféré avec demande d'interprète")


def subject_only(c):
    it = c.staff(c.pick(["interp", "nav"]))
    nurse = c.staff("nurse")
    p = c.patient()
    case = c.case(["colo", "cat", "hip", "lung", "ckd", "preg"], p=p)
    subj = c.pick([f"{c.nm(p, 'title')} – {c.proc(case)} demain",
                   f"RE: {p.surname.upper()} {p.given} – préparation",
                   f"{c.nm(p, 'lower')} / {c.proc(case)}"])
    c.add("patient_name")
    body = [c.pick(["Interprète confirmée pour 7 h 30.", "C'est fait, la préparation a été expliquée hier soir avec l'interprète.",
                    "Je serai là à son arrivée."]),
            c.opt(lambda: f"{c.il(p)} a bien pris {c.meds(case, 1)[0]}.", lambda: f"Rappel : {c.meds(case, 1)[0]}.",
                  lambda: f"Dernier résultat : {c.labs(case, 1)[0]}."),
            c.pick(["Merci", "Bonne soirée", "À demain"]) + "\n" + it.given]
    return Doc("subject_only", "fr", subj, c.addr(it), [c.addr(nurse)], body, note="nom du patient seulement dans l'objet")


def transfer_bundle(c):
    nurse = c.staff("nurse")
    p = c.patient(c.pick(["nam", "plain"]))
    case = c.case(p=p)
    lines = [f"Nom : {c.nm(p, 'caps')}", f"Date de naissance : {c.dob(p, 'iso')}", f"Dossier HRPA : {c.mrn(p, fw_ok=False)}"]
    if p.nam:
        lines.insert(2, f"NAM : {c.nam(p, fw_ok=False)}   {c.sex(p)}")
    lines += [("h", "Motif du transfert"), c.dx(case), ("h", "Traitement en cours")] + ["- " + m for m in c.meds(case)]
    labs = c.labs(case)
    ref = K.pdf("reference.pdf", "Demande de transfert interétablissement", lines, author=nurse.name, compress=c.chance(0.6))
    labcsv = K.csv("resultats.csv", [["Date", "Analyse", "Résultat"]] + [[c.date.strftime("%Y-%m-%d"), x.split(" ")[0], x] for x in labs])
    mode = c.pick(["zip", "zip", "eml"])
    body = [c.hello(), c.pick(["Documents pour le transfert en pièce jointe (archive).", "Voici le dossier pour le transfert de demain.",
                               "Ci-joint les documents demandés."]), c.sig(nurse)]
    if mode == "zip":
        atts = [K.zipped(c.pick(["transfert.zip", K.fname("transfert", p.surname, ext="zip"), "documents_transfert.zip"]), [ref, labcsv])]
        if p.surname.lower() in atts[0].filename.lower():
            c.add("patient_name")
    else:
        inner = Doc("forward", "fr", "Demande de transfert", c.addr(nurse), [("Bureau des transferts", f"transferts@{P.DOM}")],
                    [c.hello(), "Demande de transfert ci-jointe.", c.sig(nurse, full=False)], atts=[ref, labcsv])
        atts = [K.eml(c, inner)]
        body[1] = "Je te renvoie le courriel original avec les documents."
    to = c.pick([(P.ON_HOSP[0], f"transfers@{P.ON_HOSP[1]}"), ("Bureau des transferts", f"transferts@{P.DOM}")])
    return Doc("transfer", "fr", c.pick(["Documents de transfert", "Transfert – documents", "TR: Demande de transfert"]),
               c.addr(nurse), [to], body, atts=atts, note="documents de transfert en pièce jointe")


def mrn_only(c):
    sender = c.staff(c.pick(["nurse", "clerk"]))
    n = c.rng.randint(1, 3)
    lines = []
    for i in range(n):
        p = c.patient()
        case = c.case(p=p)
        lines.append(c.pick([
            f"Dossier {c.mrn(p)} – interprète {K.plang(c, p)} requis pour {c.reason(case)} ({c.dx(case, True)})",
            f"ch. {c.rng.randint(301, 340)} / {c.mrn(p)} / {c.dx(case, True)} / interprète {K.plang(c, p)} demain AM",
        ]))
    c.names.clear()
    body = [c.hello(), c.pick(["Demandes pour demain :", "Besoins en interprétation à l'étage :", "À ajouter à la liste :"]),
            "\n".join(lines), c.bye() + "\n" + sender.given]
    return Doc("mrn_only", "fr", c.pick(["Besoins interprètes – 3e étage", "Demandes interprétation", "Interprètes demain"]),
               c.addr(sender), [_desk(c)], body, note="demandes identifiées par numéro de dossier seulement")


TEMPLATES = [interpreter_request, referral, transport_request, census, discharge, interpreter_report, lab_followup,
             prescription, social_case, agency_form, calendar_invite, forwarded_thread, subject_only, transfer_bundle, mrn_only]
