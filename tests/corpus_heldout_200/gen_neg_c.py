"""Negative scenarios, part C: price lists, OR utilisation, clinic directory, expenses, rotations, slots."""
import datetime

import gen_attach as A
import gen_common as C
import gen_mime as M
import gen_people as P
import gen_text as T
from gen_mime import Att, addr

S = P.STAFF
X = P.EXTERNAL
XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'


def lab_pricelist(ctx):
    """Dental lab's 2025 price list."""
    rng = ctx.rng
    lab = rng.choice([X['lab_prisme'], X['lab_maxillo']])
    rows = [ctx.L(['Code', 'Produit', 'Prix 2025', 'Délai'], ['Code', 'Product', '2025 price', 'Turnaround'])]
    for code, fr, en, p in [('SP-01', 'Gouttière chirurgicale', 'Surgical splint', 185), ('OB-02', 'Obturateur provisoire', 'Interim obturator', 640),
                            ('FT-03', 'Gouttières de fluorure', 'Fluoride trays', 120), ('SG-04', 'Guide implantaire', 'Implant guide', 295),
                            ('NG-05', 'Gouttière occlusale', 'Night guard', 210), ('VSP-06', 'Planification virtuelle', 'Virtual planning', 1450)]:
        rows.append([code, ctx.L(fr, en), _m(ctx, p * rng.choice([1.0, 1.03, 1.05])), ctx.L('%d jours', '%d days') % rng.choice([5, 7, 10])])
    body = '\n'.join([T.greet(ctx), '', ctx.L('Voici notre grille tarifaire 2025, en vigueur le 1er mars. Aucun changement aux délais de livraison.',
                                              'Here is our 2025 price list, effective March 1. No change to turnaround times.'), '',
                      P.signature(lab, ctx.lang)])
    msg = M.build_message(ctx, addr(lab), [addr(S['ouimet']), P.SHARED['achats']], ctx.L('Grille tarifaire 2025', '2025 price list'), body,
                          attachments=[Att(ctx.L('tarifs_2025.xlsx', 'prices_2025.xlsx'), XLSX, A.make_xlsx([('2025', rows)], author=lab.full))])
    return 'invoice', 'dental lab price list', msg


def _m(ctx, v):
    return (('%0.2f' % v).replace('.', ',') + ' $') if ctx.fr else '$%0.2f' % v


def or_utilisation(ctx):
    """OR utilisation by surgeon (aggregate, staff names)."""
    rng = ctx.rng
    mgr = S['demers']
    rows = [ctx.L(['Chirurgien(ne)', 'Jours alloués', 'Taux d\'utilisation', 'Annulations'], ['Surgeon', 'Days allocated', 'Utilisation', 'Cancellations'])]
    for k in ['chef', 'lachance', 'haddad', 'raman']:
        rows.append([S[k].titled(ctx.lang), rng.randint(8, 14), '%d %%' % rng.randint(72, 97), rng.randint(0, 6)])
    body = '\n'.join([T.greet(ctx), '', ctx.L('Taux d\'utilisation du bloc CBMF pour le trimestre. Les annulations sont surtout dues à des lits non disponibles.',
                                              'OMFS OR utilisation for the quarter. Cancellations were mostly due to bed shortages.'), '',
                      M.text_table(rows), '', T.bye(ctx, mgr)])
    html = '<html><body><p>%s</p>%s<p>%s</p></body></html>' % (body.split('\n\n')[1], M.html_table(rows), mgr.full)
    msg = M.build_message(ctx, addr(mgr), [addr(S[k]) for k in ['chef', 'lachance', 'haddad', 'raman']],
                          ctx.L('Utilisation du bloc — trimestre', 'OR utilisation - quarter'), body, html=html, form=rng.choice(['html', 'alt']))
    return 'stats', 'operating room utilisation by surgeon', msg


def clinic_directory(ctx):
    """Who treats what: physicians named with the conditions they treat."""
    rng = ctx.rng
    sec = S['drouin']
    lines = ctx.L([
        'Dre Hélène Vaillancourt — ostéonécrose des maxillaires, tumeurs bénignes des mâchoires',
        'Dr Mathieu Lachance — dents incluses, chirurgie préprothétique',
        'Dr Karim Haddad — traumatologie faciale (fractures mandibulaires, zygomatiques)',
        'Dre Priya Raman — chirurgie orthognathique, apnée du sommeil, ATM',
        'Dre Camille Rioux — dentisterie oncologique (pré-radiothérapie, mucosite, ostéoradionécrose)',
        'Dre Annie Beaulieu — patients greffés, immunosupprimés, hémophiles',
        'Dr Stephen O\'Connell — soins sous sédation pour patients avec déficience intellectuelle'],
        ['Dr. Hélène Vaillancourt - osteonecrosis of the jaw, benign jaw tumours',
         'Dr. Mathieu Lachance - impacted teeth, pre-prosthetic surgery',
         'Dr. Karim Haddad - facial trauma (mandible, zygoma fractures)',
         'Dr. Priya Raman - orthognathic surgery, sleep apnoea, TMJ',
         'Dr. Camille Rioux - oncology dentistry (pre-radiation, mucositis, osteoradionecrosis)',
         'Dr. Annie Beaulieu - transplant, immunosuppressed and haemophilia patients',
         'Dr. Stephen O\'Connell - sedation care for patients with intellectual disability'])
    body = '\n'.join([T.greet(ctx), '', ctx.L('Pour aider au triage des références, voici les champs d\'intérêt de nos dentistes et chirurgiens :',
                                              'To help triage referrals, here are our dentists\' and surgeons\' areas of interest:'), ''] + lines +
                     ['', P.signature(sec, ctx.lang)])
    msg = M.build_message(ctx, addr(sec), [addr(S['kaur']), addr(S['perreault'])], ctx.L('Champs d\'intérêt — triage', 'Areas of interest - triage'), body)
    return 'directory', 'physicians and the conditions they treat', msg


def expense_claim(ctx):
    """Conference travel expense claim (staff)."""
    rng = ctx.rng
    s = S[rng.choice(['bergeron', 'sirois', 'rioux', 'haddad', 'lacasse'])]
    rows = [ctx.L(['Date', 'Dépense', 'Montant'], ['Date', 'Expense', 'Amount']),
            ['2025-04-10', ctx.L('Inscription congrès ACCBMF', 'CAOMS meeting registration'), _m(ctx, 450)],
            ['2025-04-10', ctx.L('Hôtel (2 nuits)', 'Hotel (2 nights)'), _m(ctx, 398.6)],
            ['2025-04-11', ctx.L('Kilométrage 612 km', 'Mileage 612 km'), _m(ctx, 293.76)]]
    body = '\n'.join([T.greet(ctx, S['ouimet']), '', ctx.L('Ci-joint ma réclamation de frais pour le congrès (reçus numérisés dans le ZIP).',
                                                           'Attached is my expense claim for the meeting (scanned receipts in the ZIP).'), '',
                      M.text_table(rows), '', T.bye(ctx, s, short=True)])
    z = A.make_zip([('reclamation.csv' if ctx.fr else 'claim.csv', A.make_csv(rows)),
                    ('recu_hotel.pdf' if ctx.fr else 'hotel_receipt.pdf',
                     A.make_pdf(ctx.L('Reçu', 'Receipt'), ['Hôtel Le Riverain', ctx.L('Folio ', 'Folio ') + C.luhn_serial(rng, 9), _m(ctx, 398.6)]))])
    msg = M.build_message(ctx, addr(s), addr(S['ouimet']), ctx.L('Réclamation de frais — congrès', 'Expense claim - meeting'), body,
                          attachments=[Att(ctx.L('frais_congrès.zip', 'expenses.zip'), 'application/zip', z)])
    return 'payroll', 'staff expense claim', msg


def student_rotation(ctx):
    """Dental student rotation schedule (students named, no patients)."""
    rng = ctx.rng
    coord = S['beaulieu']
    studs = rng.sample(['Laurence Giroux', 'Adam Chaouki', 'Rebecca Moisan', 'Vincent Tran', 'Ophélie Brault', 'Kieran Doucet'], 4)
    start = ctx.day(7, 21)
    rows = [ctx.L(['Étudiant(e)', 'Semaine', 'Clinique'], ['Student', 'Week', 'Clinic'])]
    for i, s in enumerate(studs):
        rows.append([s, (start + datetime.timedelta(weeks=i)).isoformat(),
                     rng.choice(ctx.L(['Dentisterie oncologique', 'Bloc CBMF', 'Sédation', 'Urgence dentaire'],
                                      ['Oncology dentistry', 'OMFS OR', 'Sedation', 'Dental emergency']))])
    body = '\n'.join([T.greet(ctx), '', ctx.L('Rotation des externes en médecine dentaire hospitalière. Tenue : uniforme et carte d\'identité visibles.',
                                              'Dental student rotation in hospital dentistry. Dress: scrubs and visible ID.'), '',
                      M.text_table(rows), '', T.bye(ctx, coord)])
    msg = M.build_message(ctx, addr(coord), P.SHARED['tous'], ctx.L('Rotation des externes', 'Student rotation'), body)
    return 'schedule', 'dental student rotation schedule', msg


def slot_availability(ctx):
    """Open clinic slots for next week (no patients), as a reply thread."""
    rng = ctx.rng
    clerk = S['kaur']
    doc = S[rng.choice(['lachance', 'raman', 'beaulieu', 'oconnell'])]
    t0 = M.inner_when(ctx, rng.randint(30, 600))
    d1, d2 = ctx.day(5, 8), ctx.day(9, 12)
    orig = ctx.L('Il me reste des plages libres : %s à 9h et 10h30, %s à 13h (sédation possible).' % (ctx.dstr(d1), ctx.dstr(d2)),
                 'I still have open slots: %s at 9 and 10:30, %s at 1 pm (sedation possible).' % (ctx.dstr(d1), ctx.dstr(d2)))
    top = rng.choice(ctx.L(['Je les prends toutes pour la liste d\'attente des dents de sagesse, merci!',
                            'Parfait, je remplis avec la liste des bilans pré-greffe.'],
                           ['I\'ll fill them all from the wisdom teeth waitlist, thanks!', 'Great, I\'ll fill them from the pre-transplant list.']))
    body = top + '\n\n' + clerk.given + '\n\n' + M.quote(ctx, doc, t0, orig)
    msg = M.build_message(ctx, addr(clerk), addr(doc), 'RE: ' + ctx.L('Plages libres', 'Open slots'), body)
    return 'schedule', 'open clinic slots reply', msg
