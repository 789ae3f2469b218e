"""Positive templates, part B: insurer and agency forms, out-of-province billing, quick notes,
replies with quoted text, inline and attached forwards, appointments (ICS), contact cards,
ZIP batches, names only in a file name or only in the Subject."""
import datetime

from gen_base import (A, C, M, csv_part, eml_part, finish, headers, ics_part, inner_message, mixed,
                      pdf_part, vcf_part, xlsx_part, zip_part)
from gen_pos_a import bullet, clin, dx, labs, meds, sender_tuple, wt


def p_insurer_form(ctx):
    r, L = ctx.rng, ctx.lang
    p = ctx.kid(min_days=700)
    c, cl = clin(ctx, p, ["fracture", "concussion", "laceration", "anaphylaxis"])
    s = ctx.staff("clerk")
    kind = r.choice(["saaq", "school", "ivac", "private"])
    org = {"saaq": (ctx.t("Société d'assurance automobile - Indemnisation", "Auto Insurance Board - Claims"),
                    "indemnisation@saaq-demo.example"),
           "school": (ctx.t("Assurances scolaires Boréale", "Boréale School Insurance"),
                      "reclamations@boreale-assur.example"),
           "ivac": (ctx.t("Indemnisation des victimes d'actes criminels", "Crime Victims Compensation"),
                    "dossiers@ivac-demo.example"),
           "private": (ctx.t("La Mutuelle du Saint-Maurice - Réclamations santé", "Saint-Maurice Mutual - "
                             "Health Claims"), "sante@mutuelle-stm.example")}[kind]
    claim = "%s-%07d" % (r.choice(["R", "DOS", "CL"]), r.randint(0, 9999999))
    ident = ctx.ident_lines(p, ("name", "dob", "addr"), ascii_only=True)
    event = {"saaq": ctx.t("Passager arrière lors d'une collision le %s", "Rear passenger in a collision on %s"),
             "school": ctx.t("Chute dans la cour d'école le %s", "Fall in the schoolyard on %s"),
             "ivac": ctx.t("Agression rapportée le %s (voies de fait par un adulte)",
                           "Assault reported on %s (physical assault by an adult)"),
             "private": ctx.t("Consultation à l'urgence le %s", "ED visit on %s")}[kind] % ctx.day.isoformat()
    if kind == "ivac":
        ctx.add("social_information")
    if kind in ("saaq", "ivac") and (ctx.day - p["dob"]).days > 15 * 365:
        ident.append(ctx.t("NAS (emploi étudiant) : ", "SIN (student job): ") + ctx.sin(ascii_only=True))
    lines = [ctx.t("N° de réclamation : ", "Claim no.: ") + claim, ""] + ident + [
        "", "## " + ctx.t("Événement", "Event"), event,
        "## " + ctx.t("Diagnostic", "Diagnosis"), dx(ctx, cl),
        "## " + ctx.t("Traitement", "Treatment")] + meds(ctx, cl) + [
        cl["plan"], "## " + ctx.t("Incapacité prévue", "Expected disability"),
        ctx.t("%d jours d'absence scolaire", "%d days off school") % r.randint(2, 21), "",
        ctx.t("Médecin traitant : ", "Treating physician: ") + C.display(ctx.staff("md"), L)]
    title = ctx.t("Rapport médical - formulaire de réclamation", "Medical report - claim form")
    fn = r.choice(["rapport_medical_%s.pdf" % claim, "formulaire_%s.pdf" % ctx.day.strftime("%Y%m%d"),
                   "%s_%s_rapport.pdf" % (C.ascii_fold(p["surname"]).upper(), claim)])
    text = "\n".join([ctx.greeting(), "",
                      ctx.t("Vous trouverez ci-joint le rapport médical complété pour la réclamation %s, "
                            "avec l'autorisation signée du parent.",
                            "Please find attached the completed medical report for claim %s, with the "
                            "parent's signed consent.") % claim,
                      ctx.t("Les frais de 45 $ pour le formulaire vous seront facturés séparément.",
                            "The $45 form fee will be invoiced separately."), "", ctx.closing(),
                      C.signature(s, L, r, "ed")])
    root = mixed(M.make_body(r, text), pdf_part(ctx, A.make_pdf(title, lines, [C.ORG[L],
                                                                               C.ORG["addr_" + L]],
                                                                compress=r.random() < 0.5), fn))
    subj = ctx.t("Réclamation %s - rapport médical", "Claim %s - medical report") % claim
    return finish(ctx, headers(ctx, sender_tuple(s, L), org, subj), root, "insurer_form",
                  ctx.t("rapport médical pour un assureur", "medical report for an insurer"))


def p_foreign_billing(ctx):
    r, L = ctx.rng, ctx.lang
    kind = ["on", "be", "fr", "on", "be", "fr"][getattr(ctx, "variant", r.randint(0, 5)) % 6]
    p = C.make_kid(r, L, min_days=300, on=ctx.day, province="ON" if kind == "on" else "QC")
    if kind != "on":
        p["address"] = r.choice(["12, rue des Tanneurs, 4000 Liège, Belgique",
                                 "7 avenue Brugmann, 1190 Forest, Belgique"]) if kind == "be" else \
            r.choice(["18 rue Paul-Bert, 69003 Lyon, France", "4 allée des Tilleuls, 44300 Nantes, France"])
    c, cl = clin(ctx, p)
    s = ctx.staff("clerk")
    idline = {"on": lambda: ctx.t("Carte santé Ontario : ", "Ontario health card: ") + ctx.ohip(),
              "be": lambda: ctx.t("NISS : ", "NISS: ") + ctx.niss(p),
              "fr": lambda: ctx.t("NIR (sécurité sociale) : ", "NIR (French social security): ") + ctx.nir(p)}[kind]()
    payer = {"on": (ctx.t("Facturation hors province - RAMQ", "Out-of-province billing - RAMQ"),
                    "hors.province@ramq-demo.example"),
             "be": (ctx.t("Mutualité Saint-Luc - Soins à l'étranger", "Saint-Luc Mutual - Care abroad"),
                    "etranger@mutualite-stluc.example"),
             "fr": (ctx.t("CPAM - Soins reçus à l'étranger", "CPAM - Care received abroad"),
                    "soins-etranger@cpam-demo.example")}[kind]
    ident = [ctx.t("Patient : ", "Patient: ") + ctx.name(p, full=True),
             ctx.t("Date de naissance : ", "Date of birth: ") + ctx.dob(p), idline,
             ctx.t("Adresse : ", "Address: ") + p["address"]]
    ctx.add("patient_contact")
    amount = r.choice(["412,00 $", "1 236,50 $", "687,25 $"]) if L == "fr" else \
        r.choice(["$412.00", "$1,236.50", "$687.25"])
    body = [ctx.greeting(), "",
            ctx.t("Demande de remboursement pour des soins d'urgence reçus par un non-résident :",
                  "Reimbursement request for emergency care provided to a non-resident:"), ""] + ident + [
        ctx.t("Date de service : ", "Date of service: ") + ctx.day.isoformat(),
        ctx.t("Diagnostic : ", "Diagnosis: ") + dx(ctx, cl),
        ctx.t("Montant : ", "Amount: ") + amount, "",
        ctx.t("Facture détaillée et feuille de l'urgence à suivre.", "Itemised invoice and ED record to follow."),
        "", ctx.closing(), C.signature(s, L, r, "ed")]
    mode = r.choice(["body", "xlsx"])
    if mode == "xlsx":
        rows = [[ctx.t("Nom", "Name"), ctx.t("DDN", "DOB"), "ID", ctx.t("Date service", "Service date"),
                 "Dx", ctx.t("Montant", "Amount")],
                ["%s %s" % (p["given"], p["surname"]), p["dob"].isoformat(), idline.split(": ")[-1].strip(),
                 ctx.day.isoformat(), cl["short"], amount]]
        text = "\n".join([ctx.greeting(), "", ctx.t("Voir le bordereau ci-joint.", "See the attached claim sheet."),
                          "", ctx.closing(), C.signature(s, L, r, "ed")])
        root = mixed(M.make_body(r, text), xlsx_part(ctx, A.make_xlsx([("claims", rows)]),
                                                     "bordereau_%s.xlsx" % ctx.day.strftime("%Y%m")))
    else:
        root = M.make_body(r, "\n".join(body))
    subj = r.choice([ctx.t("Remboursement - soins d'urgence non-résident", "Reimbursement - non-resident ED care"),
                     ctx.t("Facturation hors province", "Out-of-province claim")])
    return finish(ctx, headers(ctx, sender_tuple(s, L), payer, subj), root, "billing_claim",
                  ctx.t("réclamation de soins pour un non-résident", "claim for non-resident care"))


def p_quick_note(ctx):
    r, L = ctx.rng, ctx.lang
    p = ctx.kid()
    c, cl = clin(ctx, p)
    a, b = ctx.staff(r.choice(["md", "resident", "rn"])), ctx.staff(r.choice(["md", "resident"]))
    g, s = p["given"], p["surname"]
    who = r.choice(["%s %s" % (g.lower(), s.lower()), "le petit %s" % s.lower() if L == "fr" else
                    "the %s kid" % s, "%s. %s" % (g[0], s), "%s %s" % (g, s.lower()),
                    "%s (%s)" % (g, s.upper())])
    ctx.add("patient_name")
    bed = r.randint(1, 24)
    templ = r.choice([
        ctx.t("peux-tu passer voir %s en %d? %s, je veux ton avis avant le congé", "can you swing by "
              "and see %s in %d? %s, want your opinion before d/c"),
        ctx.t("%s (civ %d) : %s. parents anxieux, je garde à l'UCD cette nuit", "%s (bay %d): %s. parents "
              "anxious, keeping in SSU overnight"),
        ctx.t("fyi %s en %d revient pour la 3e fois cette semaine - %s. on devrait appeler le pédiatre",
              "fyi %s in %d is back for the 3rd time this week - %s. we should call the paediatrician"),
    ])
    line = templ % (who, bed, dx(ctx, cl, short=True).rstrip("."))
    extra = ""
    if r.random() < 0.5:
        extra = ctx.t("reçu : ", "got: ") + meds(ctx, cl, 1)[0]
    text = "\n".join([line] + ([extra] if extra else []) + ["", a["given"][:1].upper() + (
        a["given"][1:] if r.random() < 0.5 else "")])
    subj = r.choice(["", "?", ctx.t("ptite question", "quick q"), ctx.t("civière %d" % bed, "bed %d" % bed),
                     "UCD"])
    if not subj:
        subj = ctx.t("(sans objet)", "(no subject)")
    return finish(ctx, headers(ctx, (C.display(a, L, False), a["email"]), (C.display(b, L), b["email"]), subj),
                  M.make_body(r, text, form=r.choice(["plain", "plain", "alt"]), wrap=False), "quick_note",
                  ctx.t("note rapide entre collègues", "quick note between colleagues"))


def p_reply_quoted(ctx):
    r, L = ctx.rng, ctx.lang
    p = ctx.kid()
    c, cl = clin(ctx, p)
    a, b = ctx.staff(r.choice(["md", "rn", "clerk"])), ctx.staff(r.choice(["md", "sw", "rn"]))
    earlier = ctx.dt - datetime.timedelta(hours=r.randint(1, 30))
    orig = "\n".join([ctx.greeting(a["given"]), "",
                      ctx.t("Pour info, %s (%s) est revenu(e) cette nuit : %s.",
                            "FYI, %s (%s) came back overnight: %s.") % (ctx.name(p), p["age"], dx(ctx, cl)),
                      ctx.t("On a donné : ", "We gave: ") + "; ".join(meds(ctx, cl)),
                      ctx.t("Peux-tu t'assurer que le rendez-vous de suivi est fixé? ", "Can you make sure the "
                            "follow-up appointment is booked? ") + cl["fu"] + ".",
                      "", b["given"]])
    reply = r.choice([ctx.t("C'est fait, rendez-vous donné pour le %s à 9h30.",
                            "Done, appointment booked for %s at 9:30.") % (ctx.day + datetime.timedelta(
                                days=r.randint(2, 12))).isoformat(),
                      ctx.t("Ok, je m'en occupe.", "Ok, on it."),
                      ctx.t("Reçu, merci. J'ai laissé un message à la famille.",
                            "Got it, thanks. Left a message for the family.")])
    text = "\n".join([reply, "", a["given"], "", M.attribution(earlier, C.display(b, L), L),
                      M.quote(orig)])
    subj = r.choice(["RE: ", "Re: ", "RE : ", "TR: RE: "]) + r.choice(
        [ctx.t("suivi", "follow-up"), ctx.t("retour cette nuit", "bounce-back overnight"), "UCD",
         ctx.t("rendez-vous à fixer", "appointment to book")])
    hs = headers(ctx, (C.display(a, L), a["email"]), (C.display(b, L), b["email"]), subj,
                 reply_to_id=ctx.msgid())
    return finish(ctx, hs, M.make_body(r, text), "reply",
                  ctx.t("réponse brève avec message d'origine cité", "short reply quoting original"))


def p_forward_inline(ctx):
    r, L = ctx.rng, ctx.lang
    p = ctx.kid()
    c, cl = clin(ctx, p)
    fwd, dest = ctx.staff(r.choice(["mgr", "rn", "md"])), ctx.staff(r.choice(["sw", "md", "rn"]))
    clsc_name, clsc_mail = ctx.partner_addr(r.choice(["clsc1", "clsc2", "gmf1"]), "infirmiere.liaison")
    earlier = ctx.dt - datetime.timedelta(days=r.randint(0, 3), hours=r.randint(1, 8))
    inner = "\n".join([ctx.greeting(), "",
                       ctx.t("Nous avons fait la visite à domicile pour %s, %s, suite à votre référence.",
                             "We did the home visit for %s, %s, following your referral.") % (
                           ctx.name(p, full=True), p["age"]),
                       ctx.t("État : ", "Status: ") + r.choice([
                           ctx.t("amélioration, boit bien, plus de fièvre", "improving, feeding well, afebrile"),
                           ctx.t("toujours fébrile, on suggère une réévaluation", "still febrile, we suggest "
                                 "re-assessment")]),
                       ctx.t("Rappel du dx : ", "Dx reminder: ") + dx(ctx, cl),
                       ctx.t("Logement insalubre (moisissures), la famille attend un HLM.",
                             "Housing is unsanitary (mould), family is on the social housing waitlist.")
                       if r.random() < 0.5 else "", "", clsc_name])
    if "HLM" in inner or "housing" in inner:
        ctx.add("social_information")
    top = r.choice([ctx.t("Pour ton info, voir plus bas.", "FYI, see below."),
                    ctx.t("Peux-tu regarder ça et rappeler le CLSC?", "Can you look at this and call the CLSC back?"),
                    ctx.t("À mettre au dossier svp.", "Please file in the chart.")])
    text = "\n".join([top, "", fwd["given"], "", M.forward_block(earlier, "%s <%s>" % (clsc_name, clsc_mail),
                                                                  fwd["email"], ctx.t("Visite à domicile",
                                                                                      "Home visit"),
                                                                  inner, L, rng=r)])
    subj = ctx.pick(["TR: Visite à domicile", "TR : suivi", "Fwd: visite"], ["FW: Home visit", "Fwd: follow-up",
                                                                           "FW: visit"])
    return finish(ctx, headers(ctx, (C.display(fwd, L), fwd["email"]), (C.display(dest, L), dest["email"]), subj),
                  M.make_body(r, text), "forward",
                  ctx.t("transfert en ligne d'un compte rendu du CLSC", "inline forward of CLSC home-visit note"))


def p_attached_eml(ctx):
    r, L = ctx.rng, ctx.lang
    p = ctx.kid()
    c, cl = clin(ctx, p)
    a, b = ctx.staff(r.choice(["mgr", "md"])), ctx.staff(r.choice(["md", "rn", "clerk"]))
    orig_sender = ("%s %s" % (p["parent"]["given"], p["parent"]["surname"]), ctx.family_email(p))
    earlier = ctx.dt - datetime.timedelta(days=r.randint(1, 5))
    inner_text = "\n".join([ctx.t("Bonjour,", "Hello,"), "",
                            ctx.t("Mon enfant %s a été vu(e) chez vous le %s pour %s. Depuis, %s. "
                                  "Je ne suis pas satisfait(e) de l'attente de 9 heures. "
                                  "Pouvez-vous me rappeler au %s?",
                                  "My child %s was seen at your ED on %s for %s. Since then, %s. "
                                  "I am not happy with the 9-hour wait. Please call me at %s.") % (
                                ctx.name(p, full=True), earlier.date().isoformat(), dx(ctx, cl),
                                ctx.t("ça ne va pas mieux", "things have not improved"), p["phone"]),
                            "", orig_sender[0]])
    ctx.add("patient_contact")
    inner = inner_message(ctx, orig_sender, (ctx.t("Commissaire aux plaintes", "Complaints commissioner"),
                                              ctx.org_addr("plaintes")),
                          ctx.t("Plainte urgence", "ED complaint"), inner_text, earlier)
    text = "\n".join([ctx.greeting(b["given"]), "",
                      ctx.t("Plainte reçue, voir le courriel en pièce jointe. Peux-tu revoir le dossier et me "
                            "faire un résumé d'ici vendredi?",
                            "Complaint received, see attached e-mail. Can you review the chart and send me a "
                            "summary by Friday?"), "", a["given"]])
    root = mixed(M.make_body(r, text), eml_part(inner, r.choice([None, "plainte.eml", "complaint.eml"])))
    subj = ctx.t("TR: Plainte", "FW: Complaint")
    return finish(ctx, headers(ctx, (C.display(a, L), a["email"]), (C.display(b, L), b["email"]), subj), root,
                  "forward_attached", ctx.t("plainte d'un parent jointe en .eml",
                                            "parent complaint attached as .eml"))


def p_appointment_ics(ctx):
    r, L = ctx.rng, ctx.lang
    p = ctx.kid()
    c, cl = clin(ctx, p, ["asthma", "fracture", "anaphylaxis", "uti", "concussion", "sickle"])
    s = ctx.staff(r.choice(["clerk", "rn"]))
    when = datetime.datetime.combine(ctx.day + datetime.timedelta(days=r.randint(5, 40)),
                                     datetime.time(r.choice([8, 9, 10, 13, 14]), r.choice([0, 15, 30, 45])))
    clinic = {"asthma": ctx.t("Clinique d'asthme", "Asthma clinic"), "fracture": ctx.t("Clinique de fractures",
                                                                                        "Fracture clinic"),
              "anaphylaxis": ctx.t("Allergologie", "Allergy clinic"), "uti": ctx.t("Néphrologie", "Nephrology"),
              "concussion": ctx.t("Clinique commotion", "Concussion clinic"),
              "sickle": ctx.t("Hématologie", "Haematology")}[c["key"]]
    nm = "%s %s" % (p["given"], p["surname"])
    ctx.add("patient_name", "diagnosis")
    desc = ctx.t("Suivi %s pour %s. Apporter la carte RAMQ et la liste des médicaments.",
                 "%s follow-up for %s. Bring the health card and medication list.") % (clinic, nm) + \
        " " + ctx.t("Motif : ", "Reason: ") + cl["dx"]
    to_family = r.random() < 0.5
    att = (nm, ctx.family_email(p)) if to_family else (clinic, ctx.org_addr("clinique.rdv"))
    ics = A.make_ics("rdv-%d-%d@hptr.example" % (ctx.idx, r.randint(1000, 9999)), when,
                     when + datetime.timedelta(minutes=30), "%s - %s" % (clinic, nm),
                     "%s, %s" % (C.ORG[L], ctx.t("bloc C, 2e étage", "C wing, 2nd floor")), desc,
                     (C.display(s, L), s["email"]), att)
    text = "\n".join([ctx.greeting(), "",
                      ctx.t("Le rendez-vous de %s est confirmé le %s à %s.", "%s's appointment is confirmed for "
                            "%s at %s.") % (p["given"], C.fmt_date(when.date(), L, "long"),
                                            when.strftime("%H:%M") if L == "fr" else when.strftime("%I:%M %p")),
                      ctx.t("Merci d'arriver 15 minutes à l'avance.", "Please arrive 15 minutes early."), "",
                      ctx.closing(), C.signature(s, L, r, "ed")])
    root = mixed(M.make_body(r, text, form=r.choice(["plain", "alt"])), ics_part(ctx, ics,
                                                                                r.choice(["invite.ics", "rdv.ics"])))
    subj = ctx.t("Rendez-vous : %s", "Appointment: %s") % clinic
    return finish(ctx, headers(ctx, (C.display(s, L), s["email"]), att, subj), root, "appointment",
                  ctx.t("convocation en clinique de suivi avec ICS", "follow-up clinic appointment with ICS"))


def p_vcard_contact(ctx):
    r, L = ctx.rng, ctx.lang
    p = ctx.kid()
    c, cl = clin(ctx, p)
    s = ctx.staff("sw")
    clsc = ctx.partner_addr(r.choice(["clsc1", "clsc2"]), "soins.domicile")
    vc = A.make_vcard(p["parent"]["given"], p["parent"]["surname"],
                      tel=[("HOME", p["phone"]), ("CELL", C.phone(r))],
                      adr=("HOME", p["address"].replace(",", " "), "", "", ""),
                      note=ctx.t("Parent de %s %s, né(e) le %s - suivi %s",
                                 "Parent of %s %s, born %s - %s follow-up") % (
                          p["given"], p["surname"], p["dob"].isoformat(), cl["short"]))
    ctx.add("patient_contact", "patient_name", "date_of_birth", "diagnosis")
    text = "\n".join([ctx.greeting(), "",
                      ctx.t("Coordonnées de la famille en pièce jointe pour la visite à domicile (%s).",
                            "Family contact card attached for the home visit (%s).") % cl["short"],
                      ctx.t("La famille n'a pas de voiture; le père travaille de nuit.",
                            "Family has no car; father works nights."), "", ctx.closing(),
                      C.signature(s, L, r)])
    ctx.add("social_information")
    fn = "%s_%s.vcf" % (C.ascii_fold(p["parent"]["surname"]), C.ascii_fold(p["parent"]["given"]))
    root = mixed(M.make_body(r, text), vcf_part(ctx, vc, fn))
    subj = ctx.t("Coordonnées famille - visite", "Family contact - home visit")
    return finish(ctx, headers(ctx, (C.display(s, L), s["email"]), clsc, subj), root, "contact_card",
                  ctx.t("coordonnées de la famille en vCard", "family contact vCard"))


CALLBACK_RESULTS = [
    ("culture urinaire : E. coli > 100 000 UFC/mL, R amoxicilline", "urine culture: E. coli > 100,000 CFU/mL, amox-R"),
    ("culture de gorge : streptocoque du groupe A", "throat culture: group A strep"),
    ("hémoculture : S. epidermidis 1/2 (contaminant probable)", "blood culture: S. epidermidis 1/2 (likely contaminant)"),
    ("RX révisée : fracture du 5e métatarse non vue", "X-ray overread: missed 5th metatarsal fracture"),
    ("culture urinaire : Klebsiella 50 000 UFC/mL, S céfalexine", "urine culture: Klebsiella 50,000 CFU/mL, cephalexin-S"),
    ("coproculture : Campylobacter jejuni", "stool culture: Campylobacter jejuni"),
    ("culture de plaie : SARM", "wound culture: MRSA"),
    ("TSH 12,4 mUI/L (dépistage)", "TSH 12.4 mIU/L (screen)"),
]


def p_zip_batch(ctx):
    r, L = ctx.rng, ctx.lang
    s = ctx.staff(r.choice(["clerk", "rn"]))
    rows = [[ctx.t("dossier", "mrn"), ctx.t("nom", "name"), ctx.t("ddn", "dob"), ctx.t("résultat", "result"),
             ctx.t("action", "action")]]
    members = []
    for i in range(r.randint(4, 8)):
        p = ctx.kid() if i == 0 else C.make_kid(r, L, on=ctx.day)
        res = r.choice(CALLBACK_RESULTS)[0 if L == "fr" else 1]
        rows.append([p["mrn"], "%s, %s" % (p["surname"], p["given"]), p["dob"].isoformat(), res,
                     ctx.t("rappeler", "call back") if r.random() < 0.5 else ctx.t("aucune", "none")])
        if p.get("holder"):
            rows[-1][1] += " (%s, NAM %s)" % (p["sex"], ctx.nam_text(p, True))
    ctx.add("mrn", "patient_name", "date_of_birth", "lab_result")
    members.append((ctx.t("rappels_%s.csv", "callbacks_%s.csv") % ctx.day.strftime("%Y%m%d"),
                    A.make_csv(rows, sep=";")))
    members.append(("LISEZMOI.txt" if L == "fr" else "README.txt",
                    ctx.t("Liste générée par le module de rappels. Usage interne.\r\n",
                          "List exported from the call-back module. Internal use.\r\n").encode("utf-8")))
    z = A.make_zip(members)
    text = "\n".join([ctx.greeting(), "", ctx.t("Export des rappels de la semaine (zip, mot de passe habituel "
                                                "envoyé séparément... ou pas, je l'ai oublié).",
                                                "This week's call-back export (zip)."),
                      "", s["given"]])
    root = mixed(M.make_body(r, text), zip_part(ctx, z, "rappels_%s.zip" % ctx.day.strftime("%Y%m%d")))
    subj = ctx.t("Export rappels", "Call-back export")
    return finish(ctx, headers(ctx, (C.display(s, L), s["email"]), [(ctx.t("Infirmières rappels", "Call-back nurses"),
                                                                     ctx.org_addr("rappels.urgence"))], subj),
                  root, "callback_list", ctx.t("liste de rappels en ZIP", "zipped call-back list"))


def p_filename_only(ctx):
    r, L = ctx.rng, ctx.lang
    p = C.make_kid(r, L, on=ctx.day)
    c, cl = clin(ctx, p)
    s = ctx.staff(r.choice(["md", "resident"]))
    gmf = ctx.partner_addr(r.choice(["gmf1", "gmf2", "clinic3"]), "dossiers")
    fn = r.choice(["%s_%s_%s.pdf" % (ctx.t("resume", "summary"), C.ascii_fold(p["surname"]).upper(),
                                      C.ascii_fold(p["given"])),
                   "%s %s - %s.pdf" % (p["given"], p["surname"], ctx.t("congé UCD", "SSU discharge")),
                   "%s,%s_%s.pdf" % (p["surname"].upper(), p["given"], ctx.day.strftime("%Y%m%d"))])
    ctx.add("patient_name")
    lines = ["## " + ctx.t("Diagnostic", "Diagnosis"), dx(ctx, cl), "", "## " + ctx.t("Évolution", "Course"),
             cl["hx"], cl["plan"], "", "## " + ctx.t("Médicaments", "Medications")] + meds(ctx, cl) + [
        "", "## " + ctx.t("Suivi", "Follow-up"), cl["fu"]]
    pdf = A.make_pdf(ctx.t("Note de congé", "Discharge note"), lines, compress=r.random() < 0.5)
    text = "\n".join([ctx.greeting(), "", ctx.t("Note de congé en pièce jointe.", "Discharge note attached."), "",
                      ctx.closing(), C.signature(s, L, r, "ssu")])
    root = mixed(M.make_body(r, text), pdf_part(ctx, pdf, fn, rfc2231=r.random() < 0.6))
    subj = ctx.t("Note de congé", "Discharge note")
    return finish(ctx, headers(ctx, (C.display(s, L), s["email"]), gmf, subj), root, "discharge_note",
                  ctx.t("note de congé; nom seulement dans le nom du fichier",
                        "discharge note; name only in the file name"))


def p_subject_only(ctx):
    r, L = ctx.rng, ctx.lang
    p = C.make_kid(r, L, on=ctx.day)
    c, cl = clin(ctx, p)
    a, b = ctx.staff(r.choice(["md", "rn"])), ctx.staff(r.choice(["md", "mgr", "rn"]))
    subj = r.choice(["%s %s" % (p["given"], p["surname"]), "%s, %s" % (p["surname"].upper(), p["given"]),
                     "Re: %s %s" % (p["given"], p["surname"]), "%s %s - UCD" % (p["given"][0] + ".", p["surname"])])
    ctx.add("patient_name")
    text = "\n".join([r.choice([ctx.t("De retour ce soir, même problème : %s.", "Back tonight, same issue: %s."),
                                ctx.t("Admis(e) à l'UCD pour %s, parents au courant.",
                                      "Admitted to SSU for %s, parents aware.")]) % dx(ctx, cl),
                      ctx.t("On a commencé ", "Started ") + meds(ctx, cl, 1)[0] + ".",
                      ctx.t("Je te tiens au courant.", "Will keep you posted."), "", a["given"]])
    return finish(ctx, headers(ctx, (C.display(a, L), a["email"]), (C.display(b, L), b["email"]), subj),
                  M.make_body(r, text, form=r.choice(["plain", "html"])), "subject_name",
                  ctx.t("nom seulement dans l'objet", "name only in the Subject"))


TEMPLATES = {
    "insurer_form": p_insurer_form, "billing_claim": p_foreign_billing, "quick_note": p_quick_note,
    "reply": p_reply_quoted, "forward": p_forward_inline, "forward_attached": p_attached_eml,
    "appointment": p_appointment_ics, "contact_card": p_vcard_contact, "callback_list": p_zip_batch,
    "discharge_note": p_filename_only, "subject_name": p_subject_only,
}
