"""Positive templates, part 5: messages that naturally carry a SIN, an Ontario health number, a Belgian NISS
or a French NIR (billing of non-residents, employment insurance certificate)."""
import datetime

import gen_attach as A
import gen_common as C
import gen_mime as M
from gen_tpl import L, who, ext, pname, dob, idblock, mrn, spec

_CYCLE = {"n": 0}


def next_foreign(ctx):
    kinds = ["ohip", "niss", "nir"]
    k = kinds[_CYCLE["n"] % 3]
    _CYCLE["n"] += 1
    return k


def foreign_id(ctx, p, kind):
    """(label, written value) for a non-resident's identifier; records it for the checker."""
    r = ctx.rng
    if kind == "ohip":
        num, vc = C.make_ohip(r)
        ctx.t("ca_health_number")
        ctx.ids.append(("ca_health_number", num))
        return (L(ctx, "Carte santé de l'Ontario", "Ontario health number"),
                "%s %s" % (C.disguise(r, num, [4, 3, 3], r.choice(["space", "hyphen", "plain", "dot", "full"])), vc))
    if kind == "niss":
        num = C.make_niss(r, p.dob, p.sex)
        ctx.t("be_niss")
        ctx.ids.append(("be_niss", num))
        return ("NISS", r.choice(["%s.%s.%s-%s.%s" % (num[:2], num[2:4], num[4:6], num[6:9], num[9:]), num,
                                  C.disguise(r, num, [2, 2, 2, 3, 2], r.choice(["space", "slash", "full"]))]))
    num = C.make_nir(r, p.dob, p.sex)
    ctx.t("fr_nir")
    ctx.ids.append(("fr_nir", num))
    return (L(ctx, "NIR (sécurité sociale, France)", "French social security no. (NIR)"),
            r.choice(["%s %s %s %s %s %s %s" % (num[0], num[1:3], num[3:5], num[5:7], num[7:10], num[10:13], num[13:]),
                      num, C.disguise(r, num, [1, 2, 2, 2, 3, 3, 2], r.choice(["dot", "hyphen", "full"]))]))


def t_billing_nonresident(ctx):
    r = ctx.rng
    kind = next_foreign(ctx)
    p = ctx.patient(with_nam=False)
    clerk = ext(L(ctx, "Admission et facturation — non-résidents", "Admitting & billing - non-residents"), "facturation",
                "cisss-riveest.example")
    mgr = ctx.staff(role="mgr|clerk")
    ctx.t("patient_name", "date_of_birth", "diagnosis")
    lbl, val = foreign_id(ctx, p, kind)
    adm = ctx.date - datetime.timedelta(days=r.randint(3, 12))
    origin = {"ohip": L(ctx, "résident de l'Ontario", "Ontario resident"), "niss": L(ctx, "ressortissant belge", "Belgian national"),
              "nir": L(ctx, "ressortissant français", "French national")}[kind]
    if ctx.lang == "fr":
        body = ("Bonjour,\n\nPour le séjour à l'unité de sevrage du %s au %s, nous devons compléter la facturation d'un "
                "usager non couvert par la RAMQ (%s).\n\nNom : %s\nDate de naissance : %s\n%s : %s\n"
                "Diagnostic d'admission : %s\nAssurance voyage : %s\n\nPouvez-vous confirmer le diagnostic et "
                "signer le relevé des services? Merci.\n\nAdmission et facturation — 418-555-0131" % (
                    adm.isoformat(), ctx.date.isoformat(), origin, pname(ctx, p, ["upper_comma", "full"]), dob(ctx, p), lbl, val,
                    r.choice(["sevrage d'alcool avec hallucinose", "sevrage d'opioïdes (fentanyl)", "intoxication au GHB, sevrage"]),
                    r.choice(["Europ Assistance, dossier 24-%06d" % r.randint(0, 999999), "aucune", "en attente"])))
        subj = r.choice(["Facturation non-résident — unité de sevrage", "Relevé de services à signer (non-résident)"])
    else:
        body = ("Hello,\n\nFor the withdrawal unit stay from %s to %s, we need to complete billing for a client not covered "
                "by RAMQ (%s).\n\nName: %s\nDate of birth: %s\n%s: %s\nAdmitting diagnosis: %s\nTravel insurance: %s\n\n"
                "Could you confirm the diagnosis and sign the statement of services? Thanks.\n\nAdmitting & Billing - "
                "418-555-0131" % (adm.isoformat(), ctx.date.isoformat(), origin, pname(ctx, p, ["upper_comma", "full"]),
                                  dob(ctx, p), lbl, val,
                                  r.choice(["alcohol withdrawal with hallucinosis", "opioid (fentanyl) withdrawal",
                                            "GHB intoxication, withdrawal"]),
                                  r.choice(["Blue Cross travel, file 24-%06d" % r.randint(0, 999999), "none", "pending"])))
        subj = r.choice(["Non-resident billing - withdrawal unit", "Statement of services to sign (non-resident)"])
    return spec(ctx, "billing_nonresident", L(ctx, "facturation d'un usager non-résident", "non-resident billing"),
                clerk, [who(mgr)], subj, body)


def t_ei_certificate(ctx):
    r = ctx.rng
    p = ctx.patient(with_nam=False)
    md = ctx.staff(role="md")
    sin = C.make_sin(r)
    ctx.t("patient_name", "ca_sin", "diagnosis")
    ctx.ids.append(("ca_sin", sin))
    sin_txt = C.disguise(r, sin, [3, 3, 3], r.choice(["space", "hyphen", "plain", "full", "slash"]))
    a = ctx.date - datetime.timedelta(days=r.randint(5, 15))
    b = a + datetime.timedelta(weeks=r.choice([3, 4, 6]))
    if ctx.lang == "fr":
        paras = ["CERTIFICAT MÉDICAL — PRESTATIONS DE MALADIE DE L'ASSURANCE-EMPLOI",
                 "Nom du patient : %s" % pname(ctx, p, ["upper_comma", "full"]), "NAS : %s" % sin_txt,
                 "Incapacité de travailler du %s au %s (date prévue de retour)." % (a.isoformat(), b.isoformat()),
                 "Motif : hospitalisation en unité de sevrage d'alcool suivie d'un programme de réadaptation interne.",
                 "Médecin : %s %s — %s" % (md[0], C.staff_name(md), C.CLINIC_TEL)]
        body = ("Bonjour,\n\nVoici le certificat médical demandé pour les prestations de maladie. Vous pouvez le téléverser "
                "dans votre dossier Service Canada.\n\n%s" % C.signature(md, "fr", "Unité de sevrage"))
        subj = r.choice(["Certificat médical — assurance-emploi", "Votre certificat pour l'AE"])
        fn = "certificat_AE.docx"
    else:
        paras = ["MEDICAL CERTIFICATE - EMPLOYMENT INSURANCE SICKNESS BENEFITS",
                 "Patient name: %s" % pname(ctx, p, ["upper_comma", "full"]), "SIN: %s" % sin_txt,
                 "Unable to work from %s to %s (expected return)." % (a.isoformat(), b.isoformat()),
                 "Reason: admission to alcohol withdrawal unit followed by residential treatment programme.",
                 "Physician: %s %s - %s" % (md[0], C.staff_name(md), C.CLINIC_TEL)]
        body = ("Hello,\n\nHere is the medical certificate you asked for, for sickness benefits. You can upload it to your "
                "Service Canada account.\n\n%s" % C.signature(md, "en", "Withdrawal Management Unit"))
        subj = r.choice(["Medical certificate - EI", "Your EI sickness certificate"])
        fn = "EI_certificate.docx"
    ctx.t("social_information")
    to = ext("%s %s" % (p.given, p.surname), C.fold(p.given + "." + p.surname).replace(" ", "").replace("'", ""),
             r.choice(["courrielperso.example", "webmail.example"]))
    return spec(ctx, "medical_certificate", L(ctx, "certificat médical pour l'assurance-emploi", "EI medical certificate"),
                who(md), [to], subj, body, attachments=[M.Att("docx", fn, A.docx(paras, author=C.staff_name(md)))])


TEMPLATES = [t_billing_nonresident, t_ei_certificate]
