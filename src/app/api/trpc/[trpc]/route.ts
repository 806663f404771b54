import { createTRPCContext } from "@/server/api/context";
import { handleTrpcRequest } from "@/server/api/handle-trpc-request";

function handler(request: Request) {
  return handleTrpcRequest(request, () => createTRPCContext({ headers: request.headers }));
}

export { handler as GET, handler as POST };
