"""Confidential messages in French (part 2): foreign identifiers, ZIP, ICS, vCard, quoted and attached mail."""
import datetime as _dt

import gen_attach as A
import gen_common as C
import gen_helpers as H
import gen_mime as M


def inner_message(ctx, frm, to, subject, blocks, lang, when):
    """A complete message to be attached as message/rfc822 (LF line ends)."""
    r = ctx.rng
    isp = {"lang": lang, "from": frm, "to": [to], "cc": [], "subject": subject, "blocks": blocks,
           "date": C.rfc_date(when), "msgid": C.message_id(r, r.choice(["courriel.example", "mailbox.example"])),
           "attachments": []}
    tr = {"structure": r.choice(["plain", "alt"]), "charset": r.choice(["utf-8", "iso-8859-1"]),
          "cte": r.choice(["quoted-printable", "8bit", "base64"]), "eol": "LF",
          "mailer": r.choice(["gmail", "apple", "thunderbird"]), "hstyle": "gmail",
          "smode": r.choice(["none", "Q", "B"]), "hcharset": "utf-8", "hmode": r.choice(["B", "Q"])}
    data, _ = M.build_message(isp, tr, r)
    return data


def belgique_niss(ctx):
    r = ctx.rng
    a = H.area(ctx, r.choice(["pneumo", "cardio", "endo"]))
    sp = H.spec(ctx, "participant_belge", "Belgian participant's adverse event and insurer form with NISS")
    coord = C.staff(r, "fr", "coordonna")
    H.sender(sp, coord)
    H.add_to(sp, ("Service international – Mutualité Saint-Lambert", "international@mutualite-stlambert.example"))
    p = H.foreign_person(ctx, H.BELGIAN, 28, 66)
    niss = C.make_niss(r, p["dob"], p["sex"])
    sp["ids"].append(("be_niss", niss))
    sp["types"] |= {"patient_name", "be_niss", "date_of_birth", "diagnosis", "medication"}
    dob = C.fmt_dob(p["dob"], r, "fr")
    visit = ctx.day(-r.randint(2, 9))
    sp["subject"] = r.choice(["Attestation de soins – affilié(e) résidant temporairement au Québec",
                              f"Demande de remboursement – {p['surname']}", "Soins reçus au Canada – dossier de votre affilié"])
    body = [
        "Madame, Monsieur,",
        f"Nous vous transmettons l'attestation de soins concernant votre affilié(e) {p['given']} {p['surname'].upper()}, "
        f"né(e) le {dob}, NISS {C.fmt_niss(niss, r)}, actuellement en séjour de recherche au Québec et participant(e) "
        f"à l'étude clinique {a['proto']} dans notre établissement.",
        f"Le {C.fmt_date(visit, 'fr')}, {H.pron(p, 'fr')} a consulté à l'urgence pour {a['ae']} et a reçu {a['meds'][0]}. "
        "Les frais non couverts par le promoteur sont détaillés dans la pièce jointe.",
        "Nous restons à votre disposition pour tout complément d'information.",
        ("sig", C.signature(coord, "fr", r), False)]
    sp["blocks"] = body
    if ctx.chance(0.6):
        pdf_blocks = [("kv", [("Affilié", f"{p['surname'].upper()} {p['given']}"), ("NISS", C.fmt_niss(niss, r)),
                              ("Date de naissance", dob), ("Date des soins", visit.isoformat())]),
                      ("table", ["Code", "Description", "Montant $ CA"],
                       [["URG-01", "Évaluation à l'urgence", "742,00"], ["LAB-12", "Bilan sanguin", "96,50"],
                        ["RX-03", a["meds"][0], "18,20"]])]
        sp["attachments"].append(A.att_pdf(f"attestation_soins_{H.fname_part(p['surname'])}.pdf",
                                           "Attestation de soins", pdf_blocks, ctx.chance(0.5)))
    return sp


def france_nir(ctx):
    r = ctx.rng
    a = H.area(ctx, r.choice(["pneumo", "endo", "hem"]))
    sp = H.spec(ctx, "participant_francais", "French participant's care certificate for social security with NIR")
    nurse = C.staff(r, "fr")
    H.sender(sp, nurse)
    p = H.foreign_person(ctx, H.FRENCH, 21, 60)
    nir = C.make_nir(r, p["dob"], p["sex"])
    sp["ids"].append(("fr_nir", nir))
    H.add_to(sp, (f"{p['given']} {p['surname']}", f"{p['given'].lower()}.{p['surname'].lower()}@courriel.example"))
    sp["types"] |= {"patient_name", "fr_nir", "diagnosis", "medication"}
    sp["subject"] = r.choice(["Votre attestation pour la CPAM", "Attestation de participation et de soins",
                              "Document demandé pour votre caisse"])
    sp["blocks"] = [
        f"Bonjour {p['given']},",
        "Comme convenu au téléphone, voici l'attestation à transmettre à votre caisse primaire :",
        ("pre", f"Nom : {p['surname'].upper()} {p['given']}\nN° de sécurité sociale : {C.fmt_nir(nir, r)}\n"
                f"Étude : {a['proto']} – {a['dx']}\n"
                f"Visite non prévue le {C.fmt_date(ctx.day(-r.randint(3, 20)), 'fr')} : {a['ae']}\n"
                f"Traitement : {a['meds'][0]}, {a['meds'][1]}"),
        "N'oubliez pas votre prochaine visite et d'apporter vos inhalateurs/comprimés à l'étude.",
        ("sig", C.signature(nurse, "fr", r), False)]
    return sp


def zip_documents_source(ctx):
    r = ctx.rng
    a = H.area(ctx, r.choice(["onco", "endo", "cardio"]))
    sp = H.spec(ctx, "documents_source_zip", "ZIP of unredacted source documents for remote monitoring")
    coord = C.staff(r, "fr", "coordonna")
    H.sender(sp, coord)
    H.add_to(sp, ("Sabrina Mercier", "sabrina.mercier@northfield-cro.example"))
    p = ctx.people.invented("fr", min_age=45)
    code = H.subject_code(ctx)
    lab, mrn = H.mrn_text(ctx, sp)
    sp["types"] |= {"patient_name", "lab_result", "diagnosis", "medication"}
    visit = ctx.day(-r.randint(5, 30))
    csv_rows = [[visit.isoformat(), t.split(" ")[0], " ".join(t.split(" ")[1:])] for t in a["labs"]]
    csv_rows.append([visit.isoformat(), "Hb", r.choice(["121 g/L", "108 g/L", "134 g/L"])])
    csvtxt = A.csv_text(["date", "analyse", "résultat"], csv_rows, ";")
    doc = A.docx("Note d'évolution – visite de recherche",
                 [("kv", [("Participant", f"{p['surname'].upper()}, {p['given']}"), (lab, mrn), ("Code étude", code)]),
                  f"Visite {r.randint(3, 8)} du protocole {a['proto']}. Connu pour {a['dx']}. "
                  f"Rapporte {a['ae']} depuis 5 jours. Poursuit {a['ip']}. Concomitants : {a['meds'][0]}."],
                 coord["display"])
    zname = r.choice([f"docs_source_{code}.zip", f"SDV_{a['proto']}_{code}_{visit.isoformat()}.zip"])
    members = [(f"labo_{visit.isoformat()}_{H.fname_part(p['surname'])}.csv", csvtxt.encode("utf-8")),
               (f"note_evolution_V{r.randint(3, 8)}.docx", doc)]
    sp["attachments"].append(A.att_zip(zname, members))
    sp["subject"] = r.choice([f"Documents source – {code} – visite de monitorage à distance",
                              f"SDV à distance {a['proto']}", "Docs pour la visite de jeudi"])
    sp["blocks"] = [f"Bonjour Sabrina,",
                    f"Tel que demandé, voici les documents source pour le participant {code} (labo et note d'évolution de la "
                    f"visite du {C.fmt_date(visit, 'fr')}). Le mot de passe suit par texto.",
                    "Je n'ai pas eu le temps de caviarder, merci de supprimer après la revue.",
                    ("sig", C.signature(coord, "fr", r), False)]
    return sp


def ics_visite(ctx):
    r = ctx.rng
    a = H.area(ctx, r.choice(["onco", "hem", "cardio"]))
    sp = H.spec(ctx, "invitation_visite", "calendar invitation for a named participant's study procedure")
    coord = C.staff(r, "fr", "coordonna")
    H.sender(sp, coord)
    nurse = C.staff(r, "fr", "infirmière")
    H.add_to(sp, nurse, ("Imagerie – rendez-vous", "imagerie.rdv@rive-boreale.example"))
    p = ctx.people.invented("fr", min_age=40)
    lab, mrn = H.mrn_text(ctx, sp)
    proc = {"onco": "TDM thoraco-abdominale de réévaluation RECIST",
            "hem": "échographie Doppler du membre inférieur", "cardio": "échographie cardiaque + ECG 12 dérivations"}[a["key"]]
    k = r.randrange(3)
    allergy = ["allergie au contraste iodé : prémédication prednisone 50 mg 13 h, 7 h et 1 h avant",
               "diabétique, à jeun depuis minuit : prévoir collation après",
               f"prend {a['meds'][0]}, ne pas cesser"][k]
    sp["types"] |= {"patient_name", "diagnosis"}
    if k != 1:
        sp["types"].add("medication")
    start = _dt.datetime.combine(ctx.day(r.randint(2, 10)), _dt.time(r.choice([8, 9, 10, 13]), 30))
    summ = f"Visite J{r.choice([28, 56, 84])} {a['proto']} – {C.name_form(p, r, 'fr', ['title_sur', 'full', 'sur_init'])} – {proc}"
    desc = (f"Participant : {p['given']} {p['surname']} ({lab} {mrn})\n{proc}\n{a['dx']}\nNote : {allergy}")
    ics = A.ics(f"{C.hexid(r, 16)}@{C.DOM}", summ, start, start + _dt.timedelta(hours=2),
                "Pavillon B, clinique de recherche, salle 3", desc, (coord["display"], coord["addr"]),
                _dt.datetime(ctx.when.year, ctx.when.month, ctx.when.day, 12, 0, 0),
                [(nurse["display"], nurse["addr"])])
    sp["attachments"].append(A.att_ics("invite.ics", ics, r.choice(["7bit", "quoted-printable", "base64", "8bit"])))
    sp["subject"] = "Invitation : " + summ
    sp["blocks"] = [summ, f"Quand : {C.fmt_date(start.date(), 'fr')} {start.strftime('%H:%M')}",
                    "Où : Pavillon B, clinique de recherche", desc]
    return sp


def reponse_citee(ctx):
    r = ctx.rng
    a = H.area(ctx, r.choice(["hem", "endo", "cardio", "pneumo"]))
    sp = H.spec(ctx, "reponse_medecin_famille", "reply to family doctor quoting his note on a participant's reaction")
    pi = H.pi_of(ctx, a["key"])
    H.sender(sp, pi)
    doc = r.choice([("Dr Alain Fréchette", "alain.frechette@gmf-des-erables.example"),
                    ("Dre Sarah-Maude Pilon", "sm.pilon@gmf-riviere.example")])
    H.add_to(sp, doc)
    p = ctx.people.invented("fr", min_age=50)
    dob = C.fmt_dob(p["dob"], r, "fr")
    sp["types"] |= {"patient_name", "date_of_birth", "diagnosis", "medication"}
    nm = C.name_form(p, r, "fr", ["title", "full"])
    sp["subject"] = r.choice([f"RE: Votre patient {nm} – {a['ae']}", f"RE: {p['surname']} / étude {a['proto']}",
                              "RE: participant à votre étude"])
    sp["in_reply_to"] = C.message_id(r, "gmf-des-erables.example")
    quoted = [f"Bonjour {pi['title']} {pi['surname']},",
              f"J'ai vu hier {nm} (DDN {dob}) qui participe à votre étude {a['proto']}. "
              f"Depuis 3 jours : {a['ae']}. Je lui ai prescrit {a['meds'][0]}.",
              "Pouvez-vous me dire s'il faut arrêter le médicament de l'étude?", doc[0]]
    top = [f"Bonjour {doc[0].split()[0]} {doc[0].split()[-1]},",
           f"Merci de nous avoir avisés. Nous avons suspendu {a['ip']} à partir d'aujourd'hui et nous {'la' if p['sex'] == 'F' else 'le'} verrons "
           f"à la clinique de recherche {r.choice(['demain', 'lundi', 'jeudi'])} pour un bilan.",
           "Je déclare l'évènement au promoteur.",
           ("sig", C.signature(pi, "fr", r), False)]
    when = ctx.when - _dt.timedelta(hours=r.randint(3, 30))
    if ctx.chance(0.5):
        attrib = f"Le {C.fmt_date(when.date(), 'fr')} à {when.strftime('%H:%M')}, {doc[0]} <{doc[1]}> a écrit :"
        top.append(("quote", attrib, quoted))
    else:
        top.append(("fwd", "-----Message d'origine-----",
                    [("De :", f"{doc[0]} <{doc[1]}>"), ("Envoyé :", C.fmt_date(when.date(), 'fr') + " " + when.strftime('%H:%M')),
                     ("À :", pi["display"]), ("Objet :", f"Votre patient {nm}")], quoted))
    sp["blocks"] = top
    return sp


def vcard_suivi(ctx):
    r = ctx.rng
    a = H.area(ctx, r.choice(["onco", "pneumo", "endo"]))
    sp = H.spec(ctx, "coordonnees_participant", "participant contact card for post-infusion phone follow-up")
    s1, s2 = C.two_staff(r, "fr")
    H.sender(sp, s1)
    H.add_to(sp, s2)
    p = ctx.people.invented("fr", min_age=40)
    tel = H.contact_phone(ctx, sp)
    adr = H.contact_addr(ctx, sp)
    sp["types"] |= {"patient_name", "diagnosis", "medication"}
    nm = C.name_form(p, r, "fr", ["title", "full", "title_sur"])
    sp["subject"] = r.choice(["Coordonnées pour l'appel J3", f"Suivi téléphonique {p['surname']}", "à appeler demain"])
    sp["blocks"] = [f"Salut {s2['given']},",
                    f"Je te transfère la fiche de {nm} pour l'appel de suivi demain. {H.pron(p, 'fr').capitalize()} a présenté "
                    f"pendant la visite d'hier : {a['ae']}, traité{'e' if p['sex'] == 'F' else ''} avec {a['meds'][0]}.",
                    "Si pas de réponse au cellulaire, essayer le numéro de sa fille (dans la fiche).",
                    s1["given"]]
    note = f"{a['proto']} – {H.subject_code(ctx)} – {a['dx']}"
    vc = A.vcard(f"{p['given']} {p['surname']}", f"{p['surname']};{p['given']};;;",
                 tel=[("CELL", tel), ("HOME", C.phone_fmt(r))], adr=adr, note=note)
    sp["attachments"].append(A.att_vcf(f"{p['given']} {p['surname']}.vcf", vc,
                                       r.choice(["quoted-printable", "base64", "8bit"])))
    return sp


def nom_objet(ctx):
    r = ctx.rng
    a = H.area(ctx, r.choice(["onco", "endo", "cardio", "hem"]))
    sp = H.spec(ctx, "resultats_visite", "participant's lab results; name only in the subject")
    s1 = C.staff(r, "fr", "infirmière")
    H.sender(sp, s1)
    pi = H.pi_of(ctx, a["key"])
    H.add_to(sp, pi)
    p = ctx.people.invented("fr", min_age=40)
    nm = C.name_form(p, r, "fr", ["title_sur", "title", "upper_comma", "sur_init"])
    sp["types"] |= {"patient_name", "lab_result"}
    sp["subject"] = r.choice([f"{nm} – résultats V{r.randint(2, 9)}", f"RE: {nm}", f"{nm} labo", f"TR: {nm} - à revoir"])
    sp["blocks"] = [f"{pi['title']} {pi['surname']},",
                    f"Résultats de ce matin : {a['labs'][0]}; {a['labs'][1]}. Le reste est normal.",
                    "Selon la section 6.4 du protocole on devrait suspendre la dose et répéter dans 72 h. "
                    "Vous êtes d'accord? Je peux " + ("la" if p["sex"] == "F" else "le") + " rappeler cet après-midi.",
                    s1["given"]]
    if ctx.chance(0.5):
        sp["blocks"].insert(2, f"{H.pron(p, 'fr').capitalize()} prend aussi {a['meds'][0]}.")
        sp["types"].add("medication")
    return sp


def eml_joint(ctx):
    r = ctx.rng
    a = H.area(ctx, r.choice(["pneumo", "cardio", "endo"]))
    sp = H.spec(ctx, "courriel_participant_joint", "participant's own e-mail about side effects attached for the investigator")
    coord = C.staff(r, "fr", "coordonna")
    H.sender(sp, coord)
    pi = H.pi_of(ctx, a["key"])
    H.add_to(sp, pi)
    p = ctx.people.invented("fr", min_age=35)
    pmail = f"{p['given'][0].lower()}{p['surname'].lower().replace(' ', '')}{r.randint(1, 99)}@courriel.example"
    pmail = C.addr_of(p["given"], p["surname"], "courriel.example") if ctx.chance(0.5) else pmail
    pmail = pmail.replace("é", "e").replace("è", "e").replace("ô", "o").replace("ê", "e")
    sp["types"] |= {"patient_name", "diagnosis", "medication"}
    inner_blocks = [f"Bonjour {coord['given']},",
                    f"Depuis que j'ai commencé le nouveau médicament de l'étude j'ai {H.SYMPTOM[a['key']][0]}, "
                    "surtout le soir. Mon médecin m'avait aussi donné "
                    f"{a['meds'][0]} le mois passé, je ne sais pas si c'est correct de prendre les deux.",
                    f"Aussi je ne pourrai pas venir mardi, j'ai un rendez-vous pour {H.dx_poss(a['key'], True)} ailleurs.",
                    "Merci\n" + p["given"]]
    if ctx.chance(0.5):
        tel = H.contact_phone(ctx, sp)
        inner_blocks[-1] = f"Merci\n{p['given']}\n{tel}"
    when = ctx.when - _dt.timedelta(hours=r.randint(2, 40))
    inner = inner_message(ctx, (f"{p['given']} {p['surname']}", pmail), (coord["display"], coord["addr"]),
                          r.choice(["question médicament", "effets secondaires", "Visite de mardi"]), inner_blocks, "fr", when)
    sp["attachments"].append(A.att_eml(r.choice(["question médicament.eml", "courriel participant.eml",
                                                 f"{p['surname']}.eml"]), inner))
    sp["subject"] = r.choice(["TR: courriel d'un participant", "Courriel reçu – effets secondaires?", f"TR: {a['proto']} – question"])
    sp["blocks"] = [f"{pi['title']} {pi['surname']},",
                    "Voir le courriel ci-joint reçu hier soir. Je n'ai pas encore répondu; pouvez-vous me dire quoi "
                    "lui conseiller pour la médication concomitante?",
                    ("sig", C.signature(coord, "fr", r), False)]
    return sp


TEMPLATES = [belgique_niss, france_nir, zip_documents_source, ics_visite, reponse_citee,
             vcard_suivi, nom_objet, eml_joint]
