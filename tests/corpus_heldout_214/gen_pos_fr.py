"""Confidential messages in French (part 1)."""
import gen_attach as A
import gen_common as C
import gen_helpers as H


def eig_initial(ctx):
    r = ctx.rng
    a = H.area(ctx)
    sp = H.spec(ctx, "eig_initial", "initial serious adverse event report with unredacted hospital summary")
    nurse = C.staff(r, "fr", "infirmière")
    pi = H.pi_of(ctx, a["key"])
    H.sender(sp, nurse)
    H.add_to(sp, H.SPONSOR_PV)
    H.add_cc(sp, pi, H.CER if ctx.chance(0.4) else H.URC_BOX)
    code = H.subject_code(ctx)
    use_holder = ctx.chance(0.6)
    p = ctx.people.holder(adult=True) if use_holder else ctx.people.invented("fr", min_age=45)
    onset = ctx.day(-r.randint(1, 4))
    sp["subject"] = r.choice([f"EIG initial – {a['proto']} – site 014 – participant {code}",
                              f"Déclaration EIG 24 h / {a['proto']} / {code}",
                              f"TR: EIG {code} ({a['proto']}) - hospitalisation"])
    sp["types"] |= {"diagnosis", "lab_result", "medication"}
    body = [f"Bonjour,",
            f"Veuillez trouver ci-joint la déclaration initiale d'EIG pour le participant {code} "
            f"(protocole {a['proto']}). Critère de gravité : hospitalisation.",
            f"Évènement : {a['ae']}, début le {C.fmt_date(onset, 'fr')}. "
            f"Bilan à l'admission : {a['labs'][0]}, {a['labs'][1]}. "
            f"Traitement reçu : {a['meds'][0]}. Produit à l'étude ({a['ip']}) "
            + r.choice(["interrompu temporairement.", "poursuivi sans changement.", "cessé définitivement."]),
            f"Lien de causalité selon l'investigateur : " + r.choice(["possible", "peu probable", "probable"]) + ".",
            "J'ai joint le sommaire d'hospitalisation tel que reçu des archives pour appuyer la narration."]
    if ctx.chance(0.3):
        body.append("Désolée pour le délai, le formulaire papier était resté à l'urgence.")
    body.append(("sig", C.signature(nurse, "fr", r), True))
    sp["blocks"] = body
    lab, mrn = H.mrn_text(ctx, sp)
    ident = H.holder_ident(ctx, sp, p, allow_fw=False) if use_holder else [
        ("Nom", C.name_form(p, r, "fr", ["upper_comma", "full", "comma"])), ("Âge", f"{C.age_at(p)} ans")]
    if not use_holder:
        sp["types"].add("patient_name")
    pdf_blocks = [("kv", ident + [(lab.capitalize(), mrn), ("Admission", C.fmt_date(onset, "fr"))]),
                  ("h", "Diagnostic principal"), a["ae"],
                  ("h", "Antécédents"), f"{H.cap(a['dx'])}. Participant à l'étude {a['proto']} ({a['ip']}).",
                  ("h", "Évolution"),
                  f"{a['labs'][0]} à l'arrivée, puis {a['labs'][1]}. Traité par {a['meds'][0]} et {a['meds'][1]}. "
                  "Amélioration progressive, congé à domicile avec suivi à la clinique de recherche.",
                  ("h", "Médication au congé"), f"{a['meds'][0]}\n{a['meds'][1]}"]
    fn = r.choice([f"Sommaire_hospit_{H.fname_part(p['surname']).upper()}_{p['given'][0]}.pdf",
                   f"sommaire {p['surname']} {onset.isoformat()}.pdf",
                   f"EIG_{code}_sommaire_{H.fname_part(p['surname'])}.pdf"])
    sp["attachments"].append(A.att_pdf(fn, "Sommaire d'hospitalisation", pdf_blocks, ctx.chance(0.6), "Archives HSE"))
    return sp


def registre_preselection(ctx):
    r = ctx.rng
    key = r.choice(["endo", "cardio", "pneumo"])
    a = H.area(ctx, key)
    sp = H.spec(ctx, "registre_preselection", "screening log with candidates' identities and eligibility values")
    coord = C.staff(r, "fr", "coordonna")
    H.sender(sp, coord)
    H.add_to(sp, H.pi_of(ctx, key))
    if ctx.chance(0.5):
        H.add_cc(sp, C.staff(r, "fr", "infirmière"))
    month = C.MONTHS_FR[ctx.when.month - 1]
    sp["subject"] = r.choice([f"Registre de présélection {a['proto']} – {month}",
                              f"Présélection {a['proto']} : mise à jour", f"Screening log {a['proto']} ({month})"])
    reasons = {
        "endo": ["DFGe 22 (< 25) – exclu", "HbA1c 11,4 % (> 10,5) – exclu", "éligible – V1 à planifier",
                 "sous GLP-1 depuis 2023 – exclu", "refus (transport)", "éligible – FCI signé"],
        "cardio": ["FEVG 38 % – exclu", "NT-proBNP 180 – sous le seuil", "éligible – FCI signé",
                   "DFGe 19 – exclu", "éligible – en attente écho", "déjà sous iSGLT2 – exclu"],
        "pneumo": ["VEMS/CVF 0,74 – exclu", "exacerbation < 6 sem. – reporter", "éligible – FCI signé",
                   "fumeur actif, refuse sevrage – exclu", "éligible – spirométrie à refaire", "refus"],
    }[key]
    lab_reason = {"endo": "DFGe 22 (< 25) – exclu", "cardio": "NT-proBNP 180 – sous le seuil",
                  "pneumo": "VEMS/CVF 0,74 – exclu"}[key]
    rows = []
    n_hold = r.randint(2, 3)
    for i in range(r.randint(5, 7)):
        if i < n_hold:
            h = ctx.people.holder(adult=True)
            sp["nams"].append(h)
            nam = C.fmt_nam(h["nam"], r, allow_fw=False)
            rows.append([h["surname"].upper(), h["given"], h["dob"].isoformat(), h["sex"], nam, "",
                         C.fmt_date(ctx.day(-r.randint(1, 25)), "fr", "short"), r.choice(reasons)])
        else:
            p = ctx.people.invented("fr", min_age=40)
            rows.append([p["surname"].upper(), p["given"], p["dob"].isoformat(), p["sex"], "",
                         C.make_mrn(r), C.fmt_date(ctx.day(-r.randint(1, 25)), "fr", "short"), r.choice(reasons)])
    rows[-1][7] = lab_reason
    r.shuffle(rows)
    sp["types"] |= {"patient_name", "date_of_birth", "ramq_nam", "mrn", "lab_result", "diagnosis"}
    hdr = ["Nom", "Prénom", "DDN", "Sexe", "NAM", "No dossier", "Date présélection", "Statut / raison"]
    fn = f"registre_preselection_{a['proto']}_{ctx.when.strftime('%Y-%m')}"
    if ctx.chance(0.55):
        sp["attachments"].append(A.att_xlsx(fn + ".xlsx", [("Présélection", hdr, rows)], coord["display"]))
    else:
        sp["attachments"].append(A.att_csv(fn + ".csv", hdr, rows, r.choice(["windows-1252", "utf-8"]),
                                           r.choice(["base64", "quoted-printable"]), ";"))
    sp["blocks"] = [r.choice(["Bonjour Dr,", "Bonjour,", "Salut,"]),
                    f"Voici le registre de présélection à jour pour {a['proto']} ({a['dx']}). "
                    f"{len(rows)} candidats revus ce mois-ci; les échecs de sélection restent à documenter.",
                    "Pourrais-tu initialiser les lignes « éligible » d'ici vendredi? Le moniteur veut le registre signé à la prochaine visite.",
                    ("sig", C.signature(coord, "fr", r), False)]
    return sp


def consentement_signe(ctx):
    r = ctx.rng
    key = r.choice(["pneumo", "endo", "cardio", "hem"])
    a = H.area(ctx, key)
    sp = H.spec(ctx, "consentement_signe", "signed consent form of a named participant forwarded to archive")
    nurse = C.staff(r, "fr", "infirmière")
    H.sender(sp, nurse)
    H.add_to(sp, H.ARCHIVES if ctx.chance(0.5) else H.URC_BOX)
    hold = ctx.chance(0.45)
    p = ctx.people.holder(adult=True) if hold else ctx.people.invented("fr", min_age=45)
    nm = C.name_form(p, r, "fr", ["title", "full", "title_sur"])
    ver = r.choice(["4.0 du 12 janvier 2024", "3.1 du 5 octobre 2023", "5.0 du 2 avril 2024"])
    sp["subject"] = r.choice([f"FCI signé – {nm} – {a['proto']}", f"Consentement {a['proto']} {p['surname']}",
                              f"Formulaire de consentement signé ({a['proto']})"])
    tel = H.contact_phone(ctx, sp)
    sp["types"] |= {"patient_name", "diagnosis"}
    sp["blocks"] = [
        "Bonjour,",
        f"Ci-joint le formulaire d'information et de consentement (version {ver}) signé hier par {nm} "
        f"pour l'étude {a['proto']}. {H.pron(p, 'fr').capitalize()} est suivi{'e' if p['sex'] == 'F' else ''} chez nous pour {H.dx_poss(a['key'])} ({a['dx']}). Copie remise.",
        r.choice([f"{H.pron(p, 'fr').capitalize()} préfère qu'on l'appelle sur son cellulaire ({tel}) après 15 h, {H.pron(p, 'fr')} travaille de nuit.",
                  f"Numéro à utiliser pour les rappels : {tel} (cellulaire personnel)."]),
        "Merci de verser l'original au dossier de recherche.",
        ("sig", C.signature(nurse, "fr", r), False)]
    lab, mrn = H.mrn_text(ctx, sp)
    ident = [("Nom du participant", f"{p['given']} {p['surname']}")]
    if hold:
        ident = H.holder_ident(ctx, sp, p, allow_fw=False)
    pdf_blocks = [("h", f"Étude {a['proto']} – page de signature"),
                  ("kv", ident + [(lab.capitalize(), mrn),
                          ("Signature", "[signé]"), ("Date", C.fmt_date(ctx.day(-1), "fr")),
                          ("Personne ayant obtenu le consentement", nurse["display"])]),
                  "J'ai lu le formulaire, on a répondu à mes questions et j'accepte de participer."]
    fn = r.choice([f"FCI_{a['proto']}_{H.fname_part(p['surname'])}_{p['given'][0]}_signé.pdf",
                   f"Consentement {p['given']} {p['surname']}.pdf"])
    sp["attachments"].append(A.att_pdf(fn, "Formulaire d'information et de consentement", pdf_blocks, ctx.chance(0.5)))
    return sp


def reference_etude(ctx):
    r = ctx.rng
    key = r.choice(["onco", "endo", "pneumo", "cardio"])
    a = H.area(ctx, key)
    sp = H.spec(ctx, "reference_etude", "clinician refers a named patient as trial candidate")
    doc = r.choice([("Dre Josiane Ménard", "josiane.menard@gmf-des-erables.example"),
                    ("Dr Patrice Giroux", "patrice.giroux@rive-boreale.example"),
                    ("Dre Amira Haddadi", "amira.haddadi@rive-boreale.example")])
    sp["from"] = doc
    coord = C.staff(r, "fr", "coordonna")
    H.add_to(sp, coord)
    p = ctx.people.invented("fr", min_age=50)
    nm = C.name_form(p, r, "fr", ["title", "full", "upper_comma"])
    lab, mrn = H.mrn_text(ctx, sp)
    tel = H.contact_phone(ctx, sp)
    sp["types"] |= {"patient_name", "diagnosis", "lab_result", "medication"}
    sp["subject"] = r.choice([f"Candidate potentielle {a['proto']}", f"Référence pour étude – {p['surname']}",
                              "Patiente pour votre étude?", f"Réf. {a['proto']}"])
    sp["blocks"] = [
        f"Bonjour {coord['given']},",
        f"J'aurais un(e) candidat(e) pour {a['proto']} : {nm}, {C.age_at(p)} ans, {lab} {mrn}. "
        f"{H.cap(a['dx'])}. Derniers résultats : {a['labs'][0]}, {a['labs'][1]}. "
        f"Actuellement sous {a['meds'][0]} et {a['meds'][1]}.",
        r.choice([f"Je lui en ai parlé à la clinique ce matin, {H.pron(p, 'fr')} est d'accord pour être contacté{'e' if p['sex'] == 'F' else ''}",
                  f"{'La patiente est intéressée' if p['sex'] == 'F' else 'Le patient est intéressé'} et accepte d'être appelé{'e' if p['sex'] == 'F' else ''}"]) + f" au {tel}.",
        "Dites-moi si vous avez besoin d'autre chose.",
        ("sig", f"{doc[0]}\nMédecine familiale / clinique externe\nTél. 819 555-0110", False)]
    return sp


def note_rapide(ctx):
    r = ctx.rng
    a = H.area(ctx, r.choice(["endo", "cardio", "hem", "onco"]))
    sp = H.spec(ctx, "note_rapide", "quick colleague note about a participant's abnormal result")
    s1, s2 = C.two_staff(r, "fr")
    H.sender(sp, s1)
    H.add_to(sp, s2)
    p = ctx.people.invented("fr", min_age=40)
    nm = C.name_form(p, r, "fr", ["lower", "lower", "full", "sur_init"])
    lab, mrn = H.mrn_text(ctx, sp)
    sp["types"] |= {"patient_name", "lab_result"}
    line = r.choice([
        f"peux-tu rappeler {nm}? {a['labs'][0]} ce matin (visite {r.randint(3, 9)}), {lab} {mrn}. merci!",
        f"{nm} – {a['labs'][0]} au labo de ce matin. je pense qu'il faut aviser le PI avant la prochaine dose. {lab} {mrn}",
        f"fyi {nm} ({lab} {mrn}) : {a['labs'][0]} et {a['labs'][1]}. {H.pron(p, 'fr')} ne répond pas au tél, j'essaie de nouveau à 13h"])
    blocks = [f"{s2['given'].lower()},", line]
    if ctx.chance(0.4):
        blocks.append(f"{H.pron(p, 'fr')} prend aussi {a['meds'][0]} depuis la semaine passée, ce n'était pas dans la liste.")
        sp["types"].add("medication")
    blocks.append(s1["given"][0] + ".")
    sp["blocks"] = blocks
    sp["subject"] = r.choice(["rappel svp", "labo de ce matin", "urgent - résultat", "?", "à rappeler"])
    sp["force"] = {"structure": r.choice(["plain", "html"])}
    return sp


def liste_hospitalises(ctx):
    r = ctx.rng
    sp = H.spec(ctx, "liste_hospitalises", "census of trial participants currently admitted")
    nurse = C.staff(r, "fr", "infirmière")
    H.sender(sp, nurse)
    H.add_to(sp, H.URC_BOX)
    H.add_cc(sp, C.staff(r, "fr", "coordonna"))
    rows = []
    for _ in range(r.randint(3, 6)):
        a = H.area(ctx)
        p = ctx.people.invented("fr", min_age=45)
        rows.append([f"{r.choice(['3A', '4B', '5C', 'USI', '6N'])}-{r.randint(401, 460)}",
                     C.name_form(p, r, "fr", ["upper_comma", "sur_init", "comma"]),
                     f"{a['proto']} / {H.subject_code(ctx)}", a["ae"], a["labs"][0]])
    sp["types"] |= {"patient_name", "diagnosis", "lab_result"}
    sp["subject"] = r.choice(["Participants hospitalisés – liste du jour",
                              f"Liste hospitalisés recherche {C.fmt_date(ctx.when.date(), 'fr')}",
                              "Census recherche (7 h)"])
    sp["blocks"] = ["Bonjour à tous,",
                    "Voici les participants actuellement hospitalisés. Rappel : aviser l'équipe de recherche avant toute "
                    "modification de la médication à l'étude.",
                    ("table", ["Ch.", "Participant", "Étude / no", "Problème", "Dernier labo"], rows),
                    ("sig", C.signature(nurse, "fr", r), False)]
    return sp


def rdv_transport(ctx):
    r = ctx.rng
    a = H.area(ctx, r.choice(["hem", "cardio", "pneumo"]))
    sp = H.spec(ctx, "rdv_transport", "transport booking for a named participant's study visit")
    coord = C.staff(r, "fr")
    H.sender(sp, coord)
    H.add_to(sp, r.choice([("Transport adapté Trois-Lacs", "reservation@transport-adapte-tl.example"),
                           ("Taxi Coop Haut-Bois", "repartition@taxicoop-hb.example")]))
    p = ctx.people.invented("fr", min_age=60)
    nm = C.name_form(p, r, "fr", ["title", "full"])
    adr = H.contact_addr(ctx, sp)
    tel = C.phone_fmt(r)
    visit = ctx.day(r.randint(3, 12))
    sp["types"] |= {"patient_name", "diagnosis"}
    sp["subject"] = r.choice([f"Réservation transport – {p['surname']} – {C.fmt_date(visit, 'fr')}",
                              "Demande de transport aller-retour", "Transport pour visite de recherche"])
    pr = H.pron(p, "fr")
    fem = "e" if p["sex"] == "F" else ""
    cond = {"hem": f"{pr} se déplace avec une marchette depuis sa prothèse de genou",
            "cardio": f"{pr} est essoufflé{fem} à l'effort ({a['dx']})",
            "pneumo": f"{pr} est sous oxygène à domicile 2 L/min (MPOC), prévoir de la place pour le concentrateur portatif"}[a["key"]]
    sp["blocks"] = ["Bonjour,",
                    f"Je voudrais réserver un transport aller-retour pour {nm}, {adr}, tél. {tel}.",
                    f"Rendez-vous le {C.fmt_date(visit, 'fr')} à {r.choice(['7 h 45', '8 h', '8 h 30'])} au "
                    f"{r.choice(C.SITES)[0]}, pavillon B, 3e étage (clinique de recherche). Visite à jeun, durée environ 4 h.",
                    f"Note : {cond}.",
                    "La facture peut être envoyée à l'URC (centre de coût 7720-RECH).",
                    ("sig", C.signature(coord, "fr", r), False)]
    sp["types"].add("patient_contact")
    return sp


def ordonnance_pharmacie(ctx):
    r = ctx.rng
    a = H.area(ctx, r.choice(["endo", "cardio", "hem"]))
    sp = H.spec(ctx, "ordonnance_pharmacie", "prescription and study-drug note for a participant sent to community pharmacy")
    pi = H.pi_of(ctx, a["key"])
    sender = C.staff(r, "fr", "pharmacienne") if ctx.chance(0.5) else pi
    H.sender(sp, sender)
    H.add_to(sp, r.choice([("Pharmacie Bélair-Lavigne", "labo@pharmacie-belair.example"),
                           ("Pharmacie du Vieux-Moulin", "ordonnances@pharmavm.example")]))
    h = ctx.people.holder(adult=True)
    ident = H.holder_ident(ctx, sp, h, style="kv")
    oral = [m[0] for m in H.AREA[a["key"]]["med"] if " IV" not in m[0]]
    r.shuffle(oral)
    sp["types"] |= {"medication", "diagnosis"}
    sp["subject"] = r.choice(["Ordonnance – participant à une étude clinique", "Ordonnance et interactions à éviter",
                              f"Rx {h['surname']}"])
    sp["blocks"] = ["Bonjour,",
                    "Veuillez trouver l'ordonnance pour le patient suivant, participant à une étude clinique dans notre centre :",
                    ("table", ["Champ", "Valeur"], [list(x) for x in ident]),
                    f"Rx : {oral[0]} – 30 jours, renouveler x 2.\n{oral[1]} – poursuivre.",
                    f"Important : {'cette patiente' if h['sex'] == 'F' else 'ce patient'} est inscrit{'e' if h['sex'] == 'F' else ''} au protocole "
                    f"{a['proto']} ({a['dx']}) et reçoit : {a['ip']}. "
                    "Merci de ne pas substituer et de nous aviser avant tout ajout d'un anticoagulant ou d'un AINS.",
                    ("sig", C.signature(sender, "fr", r), False)]
    return sp


def retrait_social(ctx):
    r = ctx.rng
    a = H.area(ctx, r.choice(["pneumo", "endo", "cardio"]))
    sp = H.spec(ctx, "retrait_consentement", "participant withdrawal with housing and family situation")
    coord = C.staff(r, "fr", "coordonna")
    H.sender(sp, coord)
    H.add_to(sp, H.pi_of(ctx, a["key"]))
    p = ctx.people.invented("fr", min_age=35)
    nm = C.name_form(p, r, "fr", ["title", "full", "upper_comma"])
    if p["sex"] == "F":
        sit = r.choice([
            "Elle nous dit avoir quitté le domicile à cause de violence conjugale; elle est hébergée en maison "
            "d'aide et ne veut pas que nous laissions de message chez elle.",
            "Elle a perdu son emploi et son appartement, elle demeure temporairement chez sa sœur à Val-des-Pins "
            "et n'a plus les moyens de payer le stationnement.",
            "Elle vient d'obtenir la garde de ses petits-enfants placés par la DPJ et n'a plus de temps pour les visites."])
    else:
        sit = r.choice([
            "Il a quitté son logement après la séparation et vit au refuge Maison du Passage depuis deux semaines; "
            "il n'a plus de téléphone et reçoit de l'aide sociale depuis mars.",
            "Il a perdu son emploi et son appartement, il demeure temporairement chez sa sœur à Val-des-Pins "
            "et n'a plus les moyens de payer le stationnement.",
            "Il est en attente d'une place en hébergement depuis son éviction et dit ne plus avoir d'adresse fixe."])
    sp["types"] |= {"patient_name", "social_information", "diagnosis", "medication"}
    sp["subject"] = r.choice([f"Retrait de consentement – {a['proto']}", f"{p['surname']} – retrait de l'étude",
                              "Retrait participant (confidentiel)"])
    sp["blocks"] = [f"Bonjour {H.pi_of(ctx, a['key'])['title']} {H.pi_of(ctx, a['key'])['surname']},",
                    f"{nm} ({H.subject_code(ctx)}) a téléphoné à l'URC ce matin pour se retirer de l'étude {a['proto']}. {sit}",
                    f"Il reste du produit à l'étude ({a['ip']}) à la maison; {H.pron(p, 'fr')} accepte de le rapporter à la pharmacie. "
                    f"Son suivi pour {H.dx_poss(a['key'])} continue avec son médecin de famille ({a['meds'][0]}).",
                    "Je fais la note au dossier et le formulaire de fin d'étude. J'ai référé à la travailleuse sociale du CLSC.",
                    ("sig", C.signature(coord, "fr", r), False)]
    return sp


def dpj_pediatrique(ctx):
    r = ctx.rng
    sp = H.spec(ctx, "consentement_pediatrique", "pediatric trial consent for a child under youth protection")
    coord = C.staff(r, "fr", "coordonna")
    H.sender(sp, coord)
    H.add_to(sp, ("Direction de la protection de la jeunesse – déléguée", "dpj.delegues@rive-boreale.example"))
    H.add_cc(sp, H.CER)
    h = ctx.people.holder(child=True, max_age=6)
    sp["types"] |= {"social_information", "diagnosis"}
    sp["subject"] = r.choice(["PED-RSV-12 – consentement pour un enfant placé",
                              f"Consentement recherche – {h['given']} {h['surname']}",
                              "Signature requise – étude pédiatrique VRS"])
    ident = H.holder_ident(ctx, sp, h, style="inline")
    sp["blocks"] = ["Bonjour Madame,",
                    f"L'enfant {ident} est suivi en pédiatrie pour des bronchiolites à VRS récidivantes "
                    "(3 hospitalisations l'hiver dernier) et serait éligible à l'étude PED-RSV-12.",
                    "Selon le dossier, l'enfant est confié à une famille d'accueil en vertu d'une ordonnance de la "
                    "Chambre de la jeunesse et la DPJ exerce les attributs de l'autorité parentale. La mère biologique "
                    "a des contacts supervisés.",
                    "Pourriez-vous nous confirmer qui peut signer le consentement? Nous pouvons vous rencontrer au "
                    "CLSC ou par visioconférence.",
                    ("sig", C.signature(coord, "fr", r), False)]
    return sp
